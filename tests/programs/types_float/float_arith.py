print(7.0 // 2, -7.0 // 2, 7.0 % 2.5, -7.0 % 2.5, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 0.5, (-8.0) ** (1/3), 10.0 ** -2, 0.0 ** 0)
print(1 / 3 + 1 / 3 + 1 / 3, 0.1 + 0.7, 1e16 + 1, 1e16 + 2)
print(3 * 1.1, 1.1 * 1.1, 100 * 1.1)
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308, inf - inf, inf * 0)
print(inf + 1, inf / 1e300, 1 / inf, -1 / inf)
print(1.0 == 1, 0.5 == 1 / 2, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 20 < 1e20 + 1, 1e20 == 10 ** 20)
print(min(nan, 1), max(1, nan), sorted([3.0, 1.0, 2.0]))
for expr in ("1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0.0)", "0.0 ** -1"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", "ZeroDivisionError:", e)
import errno, os
try:
    10.0 ** 400
except OverflowError as e:
    # Raised from errno: (ERANGE, strerror(ERANGE)); the number and text are the platform's.
    print("OverflowError:", len(e.args), e.args[0] == errno.ERANGE, e.args[1] == os.strerror(errno.ERANGE))
    print(str(e) == str((errno.ERANGE, os.strerror(errno.ERANGE))))
try:
    (-8.0) ** 0.5
except ValueError as e:
    print("ValueError:", e)
print(type((-8.0) ** 0.5).__name__)
print(abs(-0.0), -0.0 == 0.0, str(-0.0 + 0.0), 0.0 * -1)
print(hash(0.5) == hash(0.5), hash(2.0) == hash(2), hash(-0.0) == hash(0.0))
