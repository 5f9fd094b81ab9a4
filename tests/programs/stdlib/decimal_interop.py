# Decimals with the rest of Python: math functions, %-formatting and str.format, identity of
# Decimal(d), ordering beside floats and ints, indexing errors, divmod/round/quantize.
from decimal import *
import math
d = Decimal("2.675")
print(math.floor(d), math.ceil(d), math.trunc(d), math.sqrt(Decimal(2)), math.isclose(d, 2.675), math.fsum([d, Decimal("0.325")]))
print("%.2f" % d, "%s" % d, "%r" % d, "%d" % Decimal("7.9"), "{:.1f}".format(d), f"{d!r} {d!s} {d:>8}")
print(Decimal(d) is d, type(Decimal(d)).__name__, Decimal(Decimal("1.50")))
print(max([Decimal("1.1"), Decimal("1.10")]), min(Decimal(3), 2.5), sorted([Decimal(2), 1.5, 1]))
print([Decimal(i) / 4 for i in range(5)], list(map(Decimal, ["1", "2.0"])))
print(abs(Decimal("-1.5")), -Decimal("1.5"), +Decimal("1.50"), Decimal(1).__bool__(), not Decimal(0))
try:
    range(Decimal(3))
except TypeError as e:
    print("TypeError")
try:
    [1, 2][Decimal(0)]
except TypeError:
    print("TypeError")
try:
    Decimal(1) < "a"
except TypeError:
    print("TypeError")
print(Decimal("1e3") == 1000, 1000 == Decimal("1e3"), Decimal("0.1") * 3 == Decimal("0.3"), Decimal(1) in [1.0], Decimal("NaN") != Decimal("NaN"))
print(divmod(Decimal("7.5"), 2), Decimal("7.5") // 2, Decimal(-7.5) % 2, round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("-0.5")), round(Decimal("1.2345"), 2), round(Decimal("1234.5"), -2))
print(Decimal("123.456").quantize(Decimal("1.00")), Decimal("1.5").to_integral(), Decimal("-1.5").to_integral_value(ROUND_HALF_UP))
