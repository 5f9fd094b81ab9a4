pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
f = lambda x, y=2: x * y
print(f(3), f(3, 3))
