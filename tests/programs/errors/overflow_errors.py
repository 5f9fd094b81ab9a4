import math
for f in (lambda: math.exp(1000), lambda: float(10 ** 400), lambda: 2.0 ** 10000, lambda: math.factorial(-1),
          lambda: int(float("inf")), lambda: (10 ** 400) / 3, lambda: math.ldexp(1.0, 5000), lambda: range(10 ** 30).__len__()):
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(math.exp(700) > 1e300)
import struct
struct.pack("b", 200)
