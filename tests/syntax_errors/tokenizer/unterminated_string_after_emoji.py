x = '🎉'; y = 'party
