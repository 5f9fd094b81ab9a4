x = f 'abc'
