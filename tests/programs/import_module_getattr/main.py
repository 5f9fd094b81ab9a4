import lazy
print(lazy.anything)
from lazy import other
print(other)
try:
    lazy.missing_one
except AttributeError as e:
    print(e)
