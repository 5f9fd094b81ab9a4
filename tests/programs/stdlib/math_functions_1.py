import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.isqrt(10 ** 20 + 1), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp(1), math.exp2(10), math.expm1(1e-10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.log(2 ** 1000))
print(math.pow(2, 10), math.pow(-8, 3), math.fabs(-2), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), type(math.floor(1.0)).__name__)
print(math.copysign(3, -0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-3.75))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 2.0, steps=2) if False else math.ulp(2.0))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.isqrt(-1), lambda: math.fmod(1, 0), lambda: math.acos(2), lambda: math.sqrt("x"), lambda: math.log(1, 1)):
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
