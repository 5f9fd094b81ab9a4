# Contexts: fields, flags and traps (SignalDict), localcontext, setcontext, the template contexts,
# the signal classes' hierarchy, trapped conditions as exceptions, Context methods and argument errors.
import decimal
from decimal import *
c = getcontext()
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(repr(c.flags), len(c.traps), list(c.traps.values()), InvalidOperation in c.traps, c.traps.get(Overflow), dict(c.flags.items())[Inexact])
with localcontext(prec=4, rounding=ROUND_DOWN) as lc:
    print(lc.prec, lc.rounding, Decimal(2) / 3, getcontext() is lc)
    with localcontext(lc, Emax=10) as lc2:
        print(lc2.prec, lc2.Emax)
        try:
            Decimal("9e10") * 10
        except Overflow as e:
            print("Overflow", e.args, isinstance(e, Inexact), isinstance(e, Rounded))
print(getcontext() is c, getcontext().prec)
nc = Context(prec=6, rounding=ROUND_HALF_UP, Emin=-9, Emax=9, capitals=0, clamp=1, flags=[], traps=[DivisionByZero])
print(nc)
setcontext(nc)
print(Decimal(1) / 7, Decimal("1.5e9") * 10, Decimal(0) / 0, Decimal("-1").sqrt(), getcontext().flags[InvalidOperation])
try:
    Decimal(5) / 0
except DivisionByZero as e:
    print("DivisionByZero", e, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
print(nc.flags[Overflow], nc.flags[Inexact], nc.flags[DivisionByZero])
nc.clear_flags()
print(sum(nc.flags.values()))
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().prec)
x = Context()
x.traps = dict.fromkeys(x.traps, False)
x.flags = {k: False for k in x.flags}
print(x.divide(1, 0), x.sqrt(-1), x.flags[DivisionByZero], x.flags[InvalidOperation])
x.traps[Inexact] = True
try:
    x.divide(1, 3)
except Inexact as e:
    print("Inexact", e.args)
x.clear_traps()
print(x)
for f in [lambda: x.add(1, 2.5), lambda: x.add("1", 2), lambda: Decimal(1).compare("x"), lambda: Context(prec=0), lambda: Context(rounding="bad"), lambda: Context(Emax=-1), lambda: x.power(2, 0.5), lambda: x.sqrt(), lambda: Decimal(1).quantize(1, rounding="ROUND_NONE"), lambda: Decimal("1.5").__round__("x"), lambda: x.create_decimal("1.2.3"), lambda: Decimal([0, (1,), 0, 1]), lambda: localcontext(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
ec = ExtendedContext.copy()
print(ec.divide(1, 0), ec.divide(0, 0), ec.quantize(Decimal("123.456"), Decimal("1e-100")), ec.create_decimal("1234567891234"), ec.create_decimal(0.1), ec.create_decimal_from_float(0.1), ec.flags[Inexact], ec.flags[Rounded])
print(ec.to_sci_string(Decimal("1E-7")), ec.to_eng_string(Decimal("1E-7")), ec.number_class(Decimal("-0")), ec.is_zero(0), ec.is_signed(Decimal("-1")), ec.copy_decimal(5), ec.compare_total(1, Decimal("1.0")), ec.divmod(7, 2), ec.fma(2, 3, 4), ec.power(2, 10), ec.power(3, 4, 5), ec.logb(1000), ec.minus(5), ec.plus(Decimal("-0")), ec.abs(-3), ec.remainder(10, 3), ec.divide_int(10, 3), ec.same_quantum(1, 2), ec.radix())
bc = BasicContext.copy()
try:
    bc.create_decimal("1E-1000000")
except Exception as e:
    print(type(e).__name__, e)
import pickle
print(repr(pickle.loads(pickle.dumps(nc))))
d = getcontext()
getcontext().traps[FloatOperation] = True
for f in [lambda: Decimal(0.5), lambda: Decimal(1) < 0.5, lambda: Decimal(1) == 0.5, lambda: Decimal.from_float(0.5), lambda: getcontext().create_decimal(0.25)]:
    try:
        print(f())
    except FloatOperation as e:
        print("FloatOperation", e.args, isinstance(e, TypeError))
getcontext().traps[FloatOperation] = False
c = Context()
for f in [lambda: c.add(1), lambda: c.sqrt(1, 2), lambda: c.fma(1, 2), lambda: c.divmod(1), lambda: c.compare_total(1), lambda: c.is_zero(), lambda: c.power(1), lambda: c.create_decimal(1, 2), lambda: Decimal(1).compare(), lambda: Decimal(1).sqrt(1, 2), lambda: Decimal(1).quantize(), lambda: Decimal(1).exp(foo=1), lambda: Decimal(1).fma(1), lambda: Decimal(1).to_integral(1, 2, 3), lambda: Decimal(1).compare_total(1, 2, 3), lambda: Decimal(1).is_normal(1), lambda: Decimal(1).adjusted(1), lambda: Decimal(1, 2, 3), lambda: Decimal(foo=1), lambda: Decimal(1).__format__(1), lambda: c.to_sci_string(1), lambda: Decimal(1).number_class(2), lambda: c.Etiny(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for stmt in ("c.foo = 1", "del c.prec", "c.prec = 0", "c.traps = 3"):
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, type(e).__name__, e)
