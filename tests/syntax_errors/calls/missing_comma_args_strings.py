print('hello' 'world' name)
