import math
vals = [0.5, 1.5, 2.5, 3.7, 10.0, 0.1, 1e-10, 1e10, 123.456, 7.0, 0.999, 1e-300]
for name in ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan',
             'asinh', 'atan', 'sinh', 'cosh', 'tanh', 'erf', 'erfc', 'gamma', 'lgamma', 'cbrt',
             'degrees', 'radians', 'fabs', 'floor', 'ceil', 'trunc', 'frexp', 'modf', 'ulp', 'isfinite']:
    f = getattr(math, name)
    out = []
    for x in vals:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
        try:
            out.append(repr(f(-x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print([math.gamma(x / 4) for x in range(1, 40)])
print([math.lgamma(x / 3) for x in range(1, 40)])
print(math.gamma(-2.5), math.gamma(-0.5), math.gamma(171.5), math.gamma(1e-30), math.lgamma(-2.5), math.lgamma(1e300))
print(math.asin(0.5), math.acos(0.5), math.acosh(2.0), math.atanh(0.5))
print(math.atan2(1, 2), math.atan2(-0.0, -1.0), math.atan2(math.inf, math.inf))
print(math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(-2), math.hypot(1, 2, 3, 4, 5), math.hypot(math.inf, math.nan), math.hypot(0.1, 0.2, 0.3))
print(math.dist((1, 2, 3), (4, 5, 6)), math.dist([0.1, 0.7], [0.3, 1.9]))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)), math.fsum([1, 1e-16, 1e-16]))
print(math.fsum([1.0, 2.0**-53, 2.0**-106]), math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]))
print(math.prod(range(1, 20)), math.prod([1.5, 2, 3]), math.prod([]), math.prod([2, 3], start=0.5), math.prod(['a', 2, 3]) if False else 0)
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [0.3, 0.4]), math.sumprod([10**20, 3], [10**20, 4]), math.sumprod([1.5, 2], [2, 3]))
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(1000))), math.factorial(True))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.comb(10**20, 2), math.perm(10, 3), math.perm(5, 7), math.perm(6), math.perm(30, 30))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40 + 12345), math.isqrt(2**200))
print(math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(0, 0), math.gcd(2**100, 6**50), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2**70, 3**40))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7.5, 2))
print(math.ldexp(0.75, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3.0, -1075), math.ldexp(1.5, -1074), math.ldexp(-1.0, 1023))
print(math.frexp(0.0), math.frexp(-0.0), math.frexp(5e-324), math.frexp(1e308), math.frexp(-3))
print(math.modf(3.25), math.modf(-3.25), math.modf(-0.0), math.modf(-math.inf), math.modf(5))
print(math.log(100, 10), math.log(2**1000, 2), math.log(10**400), math.log(1024, 2.0), math.log10(1000), math.log2(1024), math.log(math.e))
print(math.pow(2, 10), math.pow(-2, 3), math.pow(2, -1), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(1.0, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.01), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.nextafter(1.0, 2.0, steps=0), math.nextafter(0.0, 1.0, steps=5), math.nextafter(-1.0, 1.0, steps=10**30))
print(math.ulp(1.0), math.ulp(-2.0**52), math.ulp(5e-324), math.ulp(1e300))
print(math.fma(2.0, 3.0, 4.0), math.fma(0.1, 10.0, -1.0), math.fma(1e200, 1e200, -math.inf))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(1e20), math.ceil(-1e30), math.trunc(7), math.floor(2**70))
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 7
class Fl:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __trunc__(self): return 'truncated'
print(math.sqrt(F()), math.sqrt(I()), math.factorial(I()), math.gcd(I(), 14), math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.floor(F()), math.isqrt(I()))
print(math.exp(-1000), math.exp(709), math.sinh(-710) if False else 0, math.expm1(1e-10), math.log1p(1e-10), math.cosh(0), math.tanh(1000))
print(math.cbrt(27), math.cbrt(-8), math.exp2(0.5), math.exp2(-1074), math.exp2(1023.5) if False else 0)
print(math.erf(0.5), math.erfc(0.5), math.erf(3), math.erfc(5), math.erfc(-3), math.erf(1e-10))
print(math.sqrt(2), math.sqrt(1e-320), math.sqrt(True), math.sqrt(2**100), math.sqrt(-0.0))
print(type(math.floor(2.5)), type(math.trunc(2.0)), repr(math.sqrt), math.sqrt.__name__)
