# Decimals as dict keys and set members beside equal ints, floats and Fractions: hashes agree
# (CPython's numeric hash, exact for fractions and big integers) and lookups find equal keys.
from decimal import Decimal
from fractions import Fraction
for v in ["1", "1.5", "-2.25", "123.456", "1E+30", "0.1", "-0", "2E+100", "3.000"]:
    d = Decimal(v)
    print(v, hash(d) == hash(Fraction(d)), hash(d) == hash(d.normalize()))
print(hash(Decimal(2**70)) == hash(2**70), hash(Decimal(-2**80)) == hash(-2**80))
d = {Decimal(1): "one", Decimal("2.5"): "two and a half"}
print(d[1], d[1.0], d[Fraction(5, 2)], d[2.5], d.get(True))
s = {1, 2.5, Fraction(1, 3)}
print(Decimal(1) in s, Decimal("2.50") in s, Decimal(1) / 3 in s, len(s | {Decimal(1), Decimal("2.5")}))
