s = f'{x!z}'
t = 'abc
