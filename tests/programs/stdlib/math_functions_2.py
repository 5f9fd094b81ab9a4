import math
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 6), 12), math.sin(math.pi))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(10))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm())
print(math.prod([1, 2, 3, 4]), math.prod([], start=5), math.fsum([0.1] * 10), sum([0.1] * 10), math.sumprod([1, 2, 3], [4, 5, 6]))
print(math.fma(2.0, 3.0, 1.0) if hasattr(math, "fma") else 7.0)
for bad in (lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.gamma(0), lambda: math.atanh(1), lambda: math.dist((1,), (1, 2)), lambda: math.perm(3, -1)):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(math.comb(100, 50), math.factorial(25), math.isqrt(2 ** 200))
