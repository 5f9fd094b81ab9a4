print(1, 2, sep="")
print("x", end="")
print("y")
print(*[1, 2, 3], sep=", ")
