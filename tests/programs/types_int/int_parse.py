print(int("42"), int("  -17  "), int("+8"), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int("٣"), int(b"12"), int(bytearray(b"7")))
bad = ["", " ", "1.5", "0x10", "1__0", "_1", "abc", "1e3", "--1"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
for s, base in (("12", 1), ("12", 37), ("9", 8), ("08", 0)):
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int(), int("0"), int("-0"), int("00"), int("0_0"))
print(int(x="5") if False else int("5", base=10))
class T:
    def __trunc__(self): return 4
try:
    print(int(T()))
except TypeError as e:
    print("TypeError:", e)
print(int("1" * 50))
