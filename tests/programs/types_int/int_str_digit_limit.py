import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)) > 4000, int("f" * 5000, 16) > 0)
sys.set_int_max_str_digits(5000)
print(len(repr(10 ** 4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)), len(f"{10 ** 6000:d}"))
sys.set_int_max_str_digits(4300)
try:
    f"{10 ** 5000}"
except ValueError as e:
    print("ValueError:", str(e)[:40])
print(int("١٢٣"), float("٣.٥"), int("1_000"))
