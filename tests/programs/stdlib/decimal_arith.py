# Decimal arithmetic over pairs of operands (finite, zero, infinite, NaN), with the flags each sets.
from decimal import *
import itertools
getcontext().traps[InvalidOperation] = False
getcontext().traps[DivisionByZero] = False
vals = ["0", "-0", "1", "-2.5", "0.1", "7", "1E+3", "1.000", "123456789.987654321", "-0.00012", "Infinity", "-Infinity", "NaN", "sNaN", "12345678901234567890123456789012345"]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("divmod", divmod), ("rn", lambda a, b: a.remainder_near(b)), ("cmp", lambda a, b: a.compare(b)), ("max", lambda a, b: a.max(b)), ("min", lambda a, b: a.min(b)), ("ct", lambda a, b: a.compare_total(b)), ("maxm", lambda a, b: a.max_mag(b))]
for name, f in ops:
    out = []
    for x, y in itertools.product(vals, repeat=2):
        getcontext().clear_flags()
        try:
            r = f(Decimal(x), Decimal(y))
        except Exception as e:
            r = type(e).__name__
        fl = [k.__name__ for k, v in getcontext().flags.items() if v]
        out.append(f"{x} {name} {y} = {r} {fl}")
    print("\n".join(out))
