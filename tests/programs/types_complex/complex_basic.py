z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(complex(1, 2), complex("1+2j"), complex("-j"), complex("  (3-4.5j) "), complex(2), complex())
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1 + 1j) ** 2, 2 ** (1j) == 2 ** 1j)
print(-z, +z, z == 3 + 4j, z != 3, complex(3, 0) == 3, hash(complex(3, 0)) == hash(3))
print(0j, -0j, complex(-0.0, -0.0), 1e300j * 1e10, complex(float("nan"), 1))
print(repr(1.5j), repr(complex(1, -0.0)), str(2j), 1j.imag)
print(f"{z:.2f}", f"{z:>14}", format(1 + 1j, "g"), "{:e}".format(1j))
for bad in ("1+", "j1", "1 + 2j", "abc"):
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    z < z
except TypeError as e:
    print("TypeError:", e)
try:
    z // 2
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int(z)
except TypeError as e:
    print("TypeError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0))
print(round(abs(cmath.exp(1j * cmath.pi) + 1), 12), cmath.isclose(cmath.sqrt(-4), 2j))
print(type(z).__name__, isinstance(z, complex), complex.__mro__)
