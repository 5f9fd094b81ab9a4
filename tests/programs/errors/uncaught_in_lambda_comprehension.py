values = [3, 2, 1, 0]
print([10 // v for v in values[:3]])
inverse = lambda v: 1 / v
print(list(map(inverse, values)))
