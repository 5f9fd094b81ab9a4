# Decimal construction (strings, tuples, ints, floats), as_tuple, json parse_float, fractions and
# statistics with Decimals, money formatting, subclasses, normalize, sqrt/exp/ln, max/min rules.
from decimal import *
from fractions import Fraction
import json, statistics
getcontext().traps[InvalidOperation] = False
for s in ["1_000", "1__0", "_1", "1_", " 12 ", "1e_5", "1.5_5", "NaN123", "-sNaN0012", "nan", "INF", "-infinity", "1e", ".", "+.5", "5.", "1E+2", "0e-7", "\u0661\u0662", "\u00a01", "1e+", "--1", "1.2.3", "", "  ", "Inf1", "0x10", "1,000", "١.٥"]:
    print(repr(s), repr(Decimal(s)))
getcontext().traps[InvalidOperation] = True
for v in [(0, (1, 2), -1), (1, (), 'n'), (1, (0,), 'F'), (0, (1, 2, 3), 'N'), [1, [4, 5], 2], (0, (), 0), (1, (0, 0, 1), -2)]:
    print(repr(Decimal(v)), Decimal(v).as_tuple())
print(Decimal("NaN").as_tuple(), Decimal("-Inf").as_tuple(), Decimal("sNaN5").as_tuple())
t = Decimal("-3.14").as_tuple()
print(t.sign, t.digits, t.exponent, type(t).__name__, t._fields)
print(json.loads('{"a": 1.10, "b": [2.500, 1e-3]}', parse_float=Decimal))
print(Fraction(Decimal("1.25")), Fraction.from_decimal(Decimal("-0.375")), Fraction(1, 3) + Fraction(Decimal("0.5")))
print(statistics.mean([Decimal("1.1"), Decimal("2.2"), Decimal("3.3")]), statistics.median([Decimal("1.5"), Decimal("2.5")]), statistics.stdev([Decimal("1.5"), Decimal("2.5"), Decimal("4")]), statistics.variance([Decimal(1), Decimal(2), Decimal(4)]))
print(statistics.fmean([Decimal("0.5"), Decimal("1.5")]), statistics.mode([Decimal("1.0"), Decimal("1"), Decimal(2)]))
print(sum([Decimal("0.01")] * 100), sum((Decimal(i) / 3 for i in range(5)), Decimal(0)))
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.333")]
total = sum(prices)
tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(f"total={total:,.2f} tax={tax} grand={total + tax:>10.2f} pct={Decimal('0.0825'):.2%}")
import numbers
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real), issubclass(Decimal, object))
class MyDec(Decimal):
    def double(self):
        return self * 2
m = MyDec("1.5")
print(type(m).__name__, m, m.double(), type(m.double()).__name__, repr(m), m + 1, MyDec.from_float(0.5), type(MyDec.from_float(0.5)).__name__, isinstance(m, Decimal))
print(Decimal(10**30), Decimal(-2**64), Decimal(True), int(Decimal("1e30")), int(Decimal("-1.99e2")), float(Decimal("1e400")), float(Decimal("-1e-400")), float(Decimal("-nan")))
print(Decimal(2) ** 0.5 if False else "", Decimal("1e-7").__str__(), Decimal(123456789) * Decimal(987654321))
print(Decimal("3.000").normalize(), Decimal("0.000").normalize(), Decimal("-1200").normalize(), Decimal("120.500").normalize())
print(Decimal(1).exp(), Decimal(2).ln(), Decimal(1000).log10(), Decimal("0.001").log10(), Decimal(2).sqrt(), Decimal("0.0004").sqrt(), Decimal("1e-10").sqrt(), Decimal(16).sqrt(), Decimal("1.44").sqrt())
print(Decimal(7).max(Decimal("NaN")), Decimal("NaN").min(3), Decimal(1).max(Decimal("1.0")), Decimal(-1).min(Decimal("-1.0")), Decimal(-2).max_mag(1), Decimal(-2).min_mag(2))
