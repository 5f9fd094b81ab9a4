a = 'one
b = 'two
