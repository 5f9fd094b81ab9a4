args = (1, 2)
print(*args)
