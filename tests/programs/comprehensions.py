print([x * x for x in range(5)])
print([x for x in range(10) if x % 3 == 0])
print({x: x * 2 for x in range(3)})
print([(i, j) for i in range(2) for j in range(2)])
