vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 0.0001234,
        1e22, 1e23, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 1.5e300 * 1.5e300,
        float("nan"), -float("inf"), 3.141592653589793, 2.5, 1e100, 12345678901234567890.0]
for v in vals:
    print(repr(v), str(v))
print(float("1e500"), float("-1e500"), float("1e-500"))
print(float(" 3.5 "), float("1_0.2_5"), float("inf"), float("-Infinity"), float("nAn"))
print(float(10), float(True), float("0x1p3") if False else float.fromhex("0x1p3"))
for bad in ("", "1.2.3", "abc", "1e", "_1.0", "0x10"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
print(0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
