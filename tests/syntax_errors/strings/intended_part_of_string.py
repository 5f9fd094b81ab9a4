print('hello' world 'again')
