r = [x if x else y for x in z]
s = [lambda: x for x in y]
t = [x for x in (lambda: y)()]
u = [x for x in a if (lambda: x)()]
