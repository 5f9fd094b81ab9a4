import math
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, math.isclose(0.1 + 0.2, 0.3))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 1.0 - 0.9, 1e16 + 1.0 - 1e16)
print(2 ** 0.5 * 2 ** 0.5, math.sqrt(2) ** 2, (1 / 3) * 3, 4.35 * 100, round(4.35 * 100))
print(float.hex(0.1 + 0.2), float.hex(0.3), (0.1).as_integer_ratio())
print(1.0 / 3 == 0.3333333333333333, 2.0 ** 52 + 0.5, 2.0 ** 53 + 1.0, 9007199254740993.0)
print(int(1e17), int(1e22), int(123456789.987654321), float(12345678901234567890))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, repr(x), x == 1.0, f"{x:.20f}")
print(math.floor(-0.0), math.copysign(1, -0.0), -0.0 < 0.0, str(-0.0), 1 / float("-inf"))
print(sorted([0.3, 0.1 + 0.2, 0.30000000000000004]), max(1e-320, 0), 5e-324 / 2, 1.7976931348623157e308 * 1.0000000000000002)
