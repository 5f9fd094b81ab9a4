from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal(5), Decimal("1.30") * 2, Decimal("10") / Decimal("3"))
print(Decimal("1.2345").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("-2.5").quantize(Decimal("1"), rounding=ROUND_DOWN))
print(repr(Decimal("3.140")), str(Decimal("1E+3")), Decimal("1e3").normalize(), Decimal("100").normalize(), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal(2).sqrt(), Decimal("1.5").as_tuple(), Decimal(10) ** -2, Decimal("7") // 2, Decimal("-7") % 3)
print(sum([Decimal("0.1")] * 10), Decimal("1.0") == 1, Decimal("0.5") < 1, float(Decimal("2.5")), int(Decimal("-3.9")), round(Decimal("2.5")))
for bad in (lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0):
    try:
        bad()
    except (InvalidOperation, DivisionByZero, ZeroDivisionError) as e:
        print(type(e).__name__)
print(f"{Decimal('1234.5678'):,.2f}", format(Decimal("0.000123"), "e"), Decimal("12.345").to_integral_value(), Decimal(3).compare(Decimal(4)))
