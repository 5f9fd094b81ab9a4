print 'ñ'
