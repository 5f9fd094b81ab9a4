a = 2 ** 100
b = 3 ** 64
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b, divmod(-a, b))
print(a // -7, a % -7)
print(a ** 2)
print(pow(a, 3, 1000007), pow(3, -1, 7), pow(2, 10, 1))
print(10 ** 30 // 10 ** 15, 10 ** 30 / 10 ** 15)
print((-2) ** 63, -(2 ** 63), 2 ** 63 - 1)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)))
print(abs(-a), -(-a) == a, +a)
print(a == 2 ** 100, a > b, a < b, a != b)
print(int("1" * 40) % 97)
print(sum(range(10 ** 6)))
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3)
print(0 ** 0, 5 ** 0, (-1) ** 101)
print(2 ** -2, type(2 ** -2).__name__)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    5 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(10 ** 20 * 0, (10 ** 20) // (10 ** 20), -(10 ** 20) // 3)
