f = lambda x: lambda y: x + y
g = lambda: 1 if x else 2
h = (lambda: (yield))
