import sys, m, pkg
d = sys.path[0]
print(repr(m) == "<module 'm' from '" + d + "/m.py'>")
print(repr(pkg) == "<module 'pkg' from '" + d + "/pkg/__init__.py'>")
print(sys)
import math
print(math)
