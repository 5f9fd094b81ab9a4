print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (7).bit_count(), (-7).bit_count(), (2**100).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x00\x04", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "big"))
try:
    (1000).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, (5).is_integer(), True.real)
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (2.5).hex(), (1.0).hex(), (-0.1).hex(), (0.0).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"), (3.5).conjugate(), (3.5).real, (3.5).imag)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
print(int("0x1f", 16), int("0x1f", 0), int("1_000"), int("  42  "), int("-0b101", 0), int("z", 36), int("0o17", 8), int("017", 0) if False else 0)
for bad in ["", "1__0", "_1", "0x", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("1", 1)
except ValueError as e:
    print(e)
print(float("inf"), float("-Infinity"), float("nan"), float(" 1e3 "), float("1_0.5"), float("-0"))
try:
    float("abc")
except ValueError as e:
    print(e)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1.5, 0), round(7, None))
print(round(0.125, 2), round(0.375, 2), round(123.456, -1), round(-1.5), type(round(1.5, 0)).__name__)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2), pow(2, 10, 1000), pow(3, -1, 7), pow(2, 0.5), pow(-8, 1/3) if False else 0)
print(abs(-5), abs(-2.5), abs(-2**70), hex(2**70), bin(-5), oct(2**64), hex(-255))
print(int(3.9), int(-3.9), int(True), int("  -7 "), float(5), int(1e20))
print(1e16, 1e-5, 0.1 + 0.2, 1/3, -0.0, 2.0**0.5, 1e300*1e10, 10**20 / 3)
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.0 // 2, -7.0 % 3, 2 ** -1, (-2) ** 2, 10 ** 20)
print((5).__add__(3), (5).__radd__(1), int.__add__(1, 2), (3.0).__mul__(2), (1).__truediv__(2))
print(hash(1.0) == hash(1), hash(-1), 3 == 3.0, 2**64 == 2.0**64)
print((12).__format__("05d"), format(255, "#x"), format(3.14159, ".2f"), format(1234567.891, ",.2f"), format(0.5, "%"), format(42, "b"))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
print(float.__name__, int.__name__, (1.5).__round__(), (2).__index__())
