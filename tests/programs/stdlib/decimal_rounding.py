# The eight rounding modes through quantize, to_integral, the context's precision and exponent limits
# (overflow, underflow, subnormals, clamping) and next_plus/next_minus/next_toward.
from decimal import *
import itertools
R = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
vals = ["1.25", "-1.25", "1.35", "2.5", "-2.5", "0.05", "1.051", "9.995", "-9.995", "0", "-0.004", "15", "123.456", "1E+2", "0.5", "1.45"]
for r in R:
    c = Context(prec=3, rounding=r, Emin=-5, Emax=5, traps=[])
    out = []
    for v in vals:
        d = Decimal(v)
        res = []
        for f in (lambda: d.quantize(Decimal("0.1"), rounding=r), lambda: d.to_integral_value(rounding=r), lambda: d.to_integral_exact(context=c), lambda: c.plus(d * 1000), lambda: c.multiply(d, Decimal("1.111")), lambda: c.add(d, Decimal("1E-7")), lambda: c.divide(d, 7), lambda: c.power(d, 3), lambda: c.sqrt(abs(d)), lambda: c.create_decimal(v + "1234"), lambda: c.multiply(d, Decimal("1e5")), lambda: c.divide(d, Decimal("1e9"))):
            c.clear_flags()
            try:
                x = f()
            except Exception as e:
                x = type(e).__name__
            res.append(f"{x}{[k.__name__[:3] for k, v in c.flags.items() if v]}")
        out.append(f"{r} {v}: " + " ".join(res))
    print("\n".join(out))
c = Context(prec=5, Emin=-10, Emax=10, clamp=1, traps=[])
for v in ["1E+10", "1E+6", "123E+8", "0E+20", "0E-30", "1E-14", "1.2345E-11", "9.99999E+10", "1E-16", "5E-15", "-5E-15"]:
    c.clear_flags()
    x = c.create_decimal(v)
    print(v, x, x.is_normal(c), x.is_subnormal(c), x.number_class(c), [k.__name__ for k, v in c.flags.items() if v], c.Etiny(), c.Etop())
for v in ["1", "0.1", "1.0000000000000001", "-0", "Infinity", "-Infinity", "9.999999999999999999999999999E+999999", "1E-999999"]:
    d = Decimal(v)
    try:
        print(v, d.next_plus(), d.next_minus(), d.next_toward(0), d.next_toward(Decimal("-Infinity")), d.logb() if d else "z", d.scaleb(3), d.normalize(), d.number_class())
    except DecimalException as e:
        print(v, type(e).__name__, e)
