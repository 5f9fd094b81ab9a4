import errno, math, os
for f in (lambda: math.exp(1000), lambda: float(10 ** 400), lambda: 2.0 ** 10000, lambda: math.factorial(-1),
          lambda: int(float("inf")), lambda: (10 ** 400) / 3, lambda: math.ldexp(1.0, 5000), lambda: range(10 ** 30).__len__()):
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        if e.args and e.args[0] == errno.ERANGE:
            # From errno: the number and its text are the platform's.
            print(type(e).__name__ + ":", "ERANGE", e.args[1] == os.strerror(errno.ERANGE))
        else:
            print(type(e).__name__ + ":", e)
print(math.exp(700) > 1e300)
import struct
struct.pack("b", 200)
