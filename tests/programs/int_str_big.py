n = 1
for i in range(1, 30):
    n *= i
print(n, len(str(n)), str(n)[:5], n % 1000003, n // 10 ** 20)
print(-7 // 2, -7 % 2, 7 // -2, divmod(-7, 2), 2 ** 64, -(2 ** 63))
