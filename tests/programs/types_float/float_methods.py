x = 3.75
print(x.is_integer(), (4.0).is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio())
print(x.hex(), (0.1).hex(), (-0.0).hex(), (1.0).hex(), float("inf").hex(), (5e-324).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("0X1.FFFFFP+3"))
print(x.conjugate(), x.real, x.imag, (-x).__abs__())
print(x.__trunc__(), x.__floor__(), x.__ceil__(), (-x).__floor__(), (-x).__ceil__())
print(round(x), round(x, 1), round(2.5), round(3.5), round(-2.5), round(2.675, 2))
print(round(1234.5678, -2), round(1234.5678, -5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(float.__getformat__("double"))
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5))
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
print(float.from_number(5) if hasattr(float, "from_number") else 5.0)
