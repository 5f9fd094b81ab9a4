# Powers: integer exponents (exact and rounded, as libmpdec's binary powering rounds them),
# three-argument pow, powers of one, certain overflow/underflow, operand type errors.
from decimal import *
c = getcontext()
c.traps[InvalidOperation] = False
c.traps[Overflow] = False
for a, b in [("2", "10"), ("1.1", "3"), ("9.995", "3"), ("-2", "3"), ("-2", "4"), ("10", "-3"), ("3", "-3"), ("1.000", "3"), ("-1", "99999999999999999999"), ("1", "-5"), ("0.5", "1000"), ("7", "1E+2"), ("2", "-0"), ("0", "-1"), ("-0", "-3"), ("0", "0"), ("Infinity", "-2"), ("-Infinity", "3"), ("2", "Infinity"), ("0.5", "-Infinity"), ("1", "Infinity"), ("-8", "0.5"), ("9", "0.5"), ("2", "0.5"), ("1.0000001", "1E+10"), ("10", "999999999"), ("0.1", "999999999")]:
    c.clear_flags()
    r = Decimal(a) ** Decimal(b)
    print(a, b, r, [k.__name__ for k, v in c.flags.items() if v])
with localcontext(prec=5, rounding=ROUND_DOWN) as lc:
    for a, b in [("1.23456", "7"), ("3", "-7"), ("99.999", "5"), ("1.5", "2.5")]:
        print(a, b, Decimal(a) ** Decimal(b), lc.power(Decimal(a), Decimal(b)))
for a, b, m in [(2, 10, 1000), (-3, 3, 7), (-3, 4, 7), (5, 0, 1), (5, 0, 3), (0, 0, 3), (2, -1, 5), (Decimal("2.5"), 2, 3), (2, 2, 0), (10**30, 10**20, 97), (3, 5, Decimal("1E+40")), (Decimal("NaN"), 1, 2)]:
    c.clear_flags()
    print(a, b, m, pow(Decimal(a), b, m), c.power(a, b, m), c.flags[InvalidOperation])
for f in [lambda: Decimal(2) ** 0.5, lambda: 2.0 ** Decimal(2), lambda: pow(Decimal(2), 3, 2.5), lambda: Decimal(2) ** "2", lambda: c.power(2, "3")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", "operand" in str(e) or "conversion" in str(e))
print(2 ** Decimal(3), Decimal("1.5") ** 2, Decimal(4) ** Decimal("0.5"), Decimal(-2) ** -1, Decimal(10) ** Decimal("-2"))
