s = 'abc\u12'
