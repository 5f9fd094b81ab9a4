# exp, ln, log10, sqrt and powers (integer and fractional exponents) at several precisions,
# with special values, huge and tiny operands, and the flags each sets.
from decimal import *
getcontext().traps[InvalidOperation] = False
vals = ["0", "1", "2", "0.5", "10", "100", "1E-10", "123.456", "0.999", "1.001", "-1", "-2.5", "1E+5", "Infinity", "-Infinity", "NaN", "1E-100", "2.718281828459045235360287471", "7", "1000000", "0.1", "9E+999998", "1E-999999"]
for prec in (28, 9, 3, 50):
    c = Context(prec=prec, traps=[])
    for v in vals:
        d = Decimal(v)
        out = []
        for f in (c.exp, c.ln, c.log10, c.sqrt, lambda x: c.power(x, Decimal("0.5")), lambda x: c.power(x, Decimal("-1.5")), lambda x: c.power(Decimal(2), x), lambda x: c.power(x, 3), lambda x: c.power(x, -2), lambda x: c.power(x, 0), lambda x: c.power(x, Decimal("1E+2"))):
            c.clear_flags()
            try:
                r = f(d)
            except Exception as e:
                r = type(e).__name__
            out.append(f"{r}{[k.__name__[:3] for k, v in c.flags.items() if v]}")
        print(prec, v, " ".join(out))
