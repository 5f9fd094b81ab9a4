# Digit-wise operations: logical and/or/xor/invert on 0/1 operands, shift and rotate within the
# precision, scaleb, logb, IEEEContext's formats and the errors for bad operands.
from decimal import *
c = Context(prec=9, traps=[])
pairs = [("1101", "1011"), ("0", "1"), ("111111111", "1"), ("11111111111", "101"), ("12", "1"), ("-1", "1"), ("1E+1", "1"), ("10.0", "1")]
for a, b in pairs:
    x, y = Decimal(a), Decimal(b)
    out = []
    for f in (c.logical_and, c.logical_or, c.logical_xor):
        c.clear_flags()
        out.append(f"{f(x, y)}{'!' if c.flags[InvalidOperation] else ''}")
    print(a, b, out, c.logical_invert(x))
for a in ["123456789", "12345", "-12.5", "0", "Infinity", "NaN", "1234567890123"]:
    d = Decimal(a)
    print(a, [str(c.shift(d, n)) for n in (-10, -9, -3, -1, 0, 1, 3, 9, 10)], [str(c.rotate(d, n)) for n in (-9, -3, -1, 0, 1, 3, 9, 10)])
print(Decimal("123").shift(2), Decimal("123").rotate(-1), c.shift(Decimal("1.5"), Decimal("1.0")), c.shift(1, Decimal("1.5")), c.flags[InvalidOperation])
print(Decimal(1).logical_and(Decimal("1")), Decimal("10").logical_xor(11), Decimal("101").logical_invert())
for bits in (32, 64, 128, 256):
    ic = IEEEContext(bits)
    print(bits, ic.prec, ic.Emax, ic.Emin, ic.clamp, ic.rounding, sum(ic.traps.values()), ic.create_decimal("1.23456789012345678901234567890123456789E+500"))
for bad in (0, 33, -32, 1024):
    try:
        IEEEContext(bad)
    except ValueError as e:
        print("ValueError", str(e).split(",")[0])
try:
    Decimal(1).logical_and(Decimal(2))
except InvalidOperation as e:
    print("InvalidOperation", e)
print(c._apply(Decimal("1.23456789123")), Decimal("-0")._apply if hasattr(Decimal, "_apply") else "no _apply")
