matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print({x % 3: x for x in range(10)}, {c for c in "hello"} == set("helo"))
print([x if x > 2 else -x for x in range(5)])
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
x = "outer"
print([x for x in range(2)], x)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
print([y := 5, y ** 2], [z for z in range(3) if (w := z * 2) > 1], w)
print(sum(x for x in range(101)), any(x > 99 for x in range(101)), all([]))
print([*range(3), *"ab"], [[0] * 2 for _ in range(2)])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
