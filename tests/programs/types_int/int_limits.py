import sys
print(sys.maxsize == 2 ** 31 - 1 or sys.maxsize == 2 ** 63 - 1)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
print(len(str(2 ** 10000)))
old = sys.get_int_max_str_digits()
print(old)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(old)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", str(e)[:70])
print(hex(10 ** 5000)[:10])
try:
    [0] * (2 ** 70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    "x" * (2 ** 70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
print(2 ** 64 > 2 ** 63, float(2 ** 1023) > 0)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print("OverflowError:", e)
print((2 ** 1024) // 1 > 0, 2 ** 1100 // 2 ** 1099, (10 ** 400) / (10 ** 399))
print(sys.int_info.bits_per_digit in (15, 30))
