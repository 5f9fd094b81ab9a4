# str/repr/to_eng_string, __format__ (fill, align, sign, grouping, precision, e/f/g/%/n types),
# hashes equal to int/float/Fraction hashes, conversions, comparisons with other numbers.
from decimal import *
from fractions import Fraction
vals = ["0", "-0", "1", "-1.5", "123.456", "1234567.891", "0.000001234", "1E+10", "1.0E-7", "-0.00", "12345678901234567890", "5E-8", "999.9995", "Infinity", "-Infinity", "NaN", "-sNaN12", "1E+3", "0E+2", "0E-9", "100"]
specs = ["", "f", ".2f", ".0f", ",.2f", "10.3f", "<12.1f", "^14,.2f", "+.3e", "E", ".3g", "g", "G", ".10g", "%", ".2%", "012,.2f", " .2f", "n", ".3n", "e", ".0e", "*>15", "=+12.2f", ".1", "020.4e", ",", ".30f"]
for v in vals:
    d = Decimal(v)
    print(v, str(d), repr(d), d.to_eng_string(), [format(d, s) for s in specs])
for v in ["1.23E-7", "123E+4", "1E+5", "10E+5", "0.00E+5", "0E-7", "-1E-1", "12.3E+7", "1E-6", "1E-7", "0.000001", "0.0000001"]:
    d = Decimal(v)
    print(v, str(d), d.to_eng_string(), d.as_tuple(), d.adjusted())
c = getcontext()
c.capitals = 0
print(Decimal("1E+10"), repr(Decimal("-1E-10")), format(Decimal("1E+10"), ""))
c.capitals = 1
for v in ["1", "1.5", "-2.5", "0.1", "1E+30", "123.456", "-0", "1E-30", "7.0"]:
    d = Decimal(v)
    try:
        print(v, hash(d) == hash(float(d)), int(d), float(d), round(d), round(d, 1), round(d, -1), d.__floor__(), d.__ceil__(), d.__trunc__(), d.as_integer_ratio(), complex(d), bool(d))
    except InvalidOperation as e:
        print(v, type(e).__name__, e)
print(hash(Decimal(5)) == hash(5), hash(Decimal("5.000")) == hash(5), {1: "a"}[Decimal(1)], {1.5: "b"}[Decimal("1.5")], hash(Decimal("-1")) == hash(-1), hash(Decimal("-0.5")) == hash(-0.5))
print(Decimal("0.5") == Fraction(1, 2), Decimal("0.1") == 0.1, Decimal("0.5") == 0.5, Decimal(1) < Fraction(3, 2), Decimal("1.5") > 1, 2 > Decimal("1.9"), Decimal("NaN") == Decimal("NaN"), Decimal(1) == 1+0j, Decimal(1) != "1", Decimal(3) == Fraction(3))
print(sorted([Decimal("1.5"), 1, Fraction(1, 3), 0.25, Decimal("-2")]), max(Decimal(1), Decimal("1.0")), min(Decimal("2"), 3))
print(Decimal.from_float(0.1), Decimal.from_float(-0.0), Decimal.from_float(float("inf")), Decimal.from_float(5), Decimal(float("nan")), Decimal.from_number(1.5), Decimal.from_number(Decimal("2.50")))
print(Decimal("1.30") + 0, Decimal(7) // Decimal("-2"), Decimal(-7) % 2, divmod(Decimal(17), 5), divmod(-17, Decimal(5)), 2 ** Decimal(3), 7 - Decimal("0.5"), 1 / Decimal(8), -Decimal("0"), +Decimal("-0"), abs(Decimal("-3.0")))
print(Decimal("1.2345").quantize(Decimal("0.001"), ROUND_UP), Decimal(123).scaleb(2), Decimal("1E+2").same_quantum(Decimal(100)), Decimal("-3").copy_sign(1), Decimal(3).copy_negate(), Decimal(2).fma(3, 4), Decimal("35.72").remainder_near(Decimal("10")))
import copy, pickle
d = Decimal("3.14")
print(copy.copy(d), copy.deepcopy(d), pickle.loads(pickle.dumps(d)), d.real, d.imag, d.conjugate(), Decimal(10).radix(), d.canonical(), d.is_canonical())
