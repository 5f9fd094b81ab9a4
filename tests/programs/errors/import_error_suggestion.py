import math
print(math.sqrt(16))
try:
    from math import sqrtt
except ImportError as e:
    print("caught:", e)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("caught:", e, e.name)
print(math.pii)
