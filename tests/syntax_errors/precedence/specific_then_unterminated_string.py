1 = x
z = 'abc
