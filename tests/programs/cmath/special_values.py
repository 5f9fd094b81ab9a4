# cmath on special values (infinities, NaNs, signed zeros), large and tiny arguments,
# and its errors: ValueError "math domain error", OverflowError "math range error".
import cmath

inf = float("inf")
nan = float("nan")
parts = [-inf, -2.5, -0.0, 0.0, 1.5, inf, nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp",
         "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh"]


def show(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)
    return repr(r)


for name in names:
    f = getattr(cmath, name)
    print(name)
    for re in parts:
        print("  ", " | ".join(show(f, complex(re, im)) for im in parts))

print("rect")
for r in parts:
    print("  ", " | ".join(show(cmath.rect, r, phi) for phi in parts))

print("finite values")
for z in [0.5 + 0.25j, -3 + 4j, 1e-320 + 1e-320j, 1e300 + 1e300j, -1e308 - 1e308j,
          2 - 0.0j, 1 + 0j, -1 + 0j, 710 + 1j, -710 + 0.5j, 1j, -1j]:
    print(z, [show(getattr(cmath, n), z) for n in names])

print("edges")
for name, z in [("atanh", 1), ("atanh", -1), ("log", 0), ("log10", -0.0), ("exp", 800),
                ("cosh", 800 + 1j), ("sinh", -800 + 2j), ("exp", complex(1, inf)),
                ("tanh", complex(1, inf)), ("sqrt", -4), ("acos", 2), ("asin", -2),
                ("atan", 1j), ("atan", -1j), ("atanh", 1 + 1e-200j)]:
    print(name, z, show(getattr(cmath, name), z))

print("log with base")
for args in [(8, 2), (1, 1), (0,), (0, 2), (-1, 10), (1j, 1j), (100, 0), (inf, 2),
             (complex(nan, 1), 2)]:
    print(args, show(cmath.log, *args))

print("phase and polar")
for z in [1, -1, -0.0, complex(-1, -0.0), complex(0, -0.0), 1j, -1j, complex(inf, nan),
          complex(nan, inf), complex(nan, 1), complex(-inf, inf), 1e308 + 1e308j]:
    print(z, show(cmath.phase, z), show(cmath.polar, z))

print("predicates")
for z in [1 + 1j, complex(inf, 0), complex(0, nan), complex(inf, nan), 0j]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

print("isclose")
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j),
      cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j, abs_tol=1e-9),
      cmath.isclose(complex(inf, 1), complex(inf, 1)), cmath.isclose(complex(inf, 1), complex(-inf, 1)),
      cmath.isclose(complex(nan, 0), complex(nan, 0)), cmath.isclose(a=1, b=1))

print("constants", cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)


class HasComplex:
    def __complex__(self):
        return 3 + 4j


class HasFloat:
    def __float__(self):
        return 0.25


class HasIndex:
    def __index__(self):
        return 9


class BadComplex:
    def __complex__(self):
        return 5


print(cmath.sqrt(HasComplex()), cmath.exp(HasFloat()), cmath.sqrt(HasIndex()),
      cmath.polar(True))

for call in [lambda: cmath.sqrt("x"), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2),
             lambda: cmath.sqrt(z=1), lambda: cmath.sqrt(BadComplex()),
             lambda: cmath.sqrt(2 ** 2000), lambda: cmath.log(1, "x"),
             lambda: cmath.log(1, 2, 3), lambda: cmath.log(), lambda: cmath.rect(1),
             lambda: cmath.rect(1j, 0), lambda: cmath.rect(1, inf), lambda: cmath.rect(0, inf),
             lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1),
             lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 2, foo=3),
             lambda: cmath.phase("a"), lambda: cmath.isnan(None)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
