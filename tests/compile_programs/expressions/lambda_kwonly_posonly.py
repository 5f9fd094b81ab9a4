f = lambda a, /, b, *, c=3: a + b + c
