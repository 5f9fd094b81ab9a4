x = 'abc' def
