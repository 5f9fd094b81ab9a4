f = lambda: 0
g = lambda x, y=2: x + y
h = lambda *a, **k: (a, k)
