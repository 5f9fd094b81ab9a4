x = 0b1011_0110
print(x, bin(x), oct(x), hex(x))
print(x & 0xF, x | 1, x ^ 0xFF, ~x, x << 3, x >> 2)
print(-1 >> 10, -256 >> 4, -1 << 100)
print((1 << 200) >> 198, (1 << 64) - 1 & 0xFFFF)
print(~0, ~-1, ~(2 ** 70))
print(-12 & 7, -12 | 7, -12 ^ 7, (-2 ** 65) & (2 ** 64 + 5))
for n in (0, 1, 255, 256, -1, -256, 2 ** 100, -(2 ** 100)):
    print(n, n.bit_length(), n.bit_count())
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)
print(1 >> 1000, -5 >> 1000)
print(True << 3, True & 3, False | 2)
print(int.bit_length(1023), (5).is_integer())
print((12).as_integer_ratio(), (-7).conjugate(), (9).real, (9).imag, (9).numerator, (9).denominator)
