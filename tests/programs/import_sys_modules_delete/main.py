import sys
import m
first = m
del sys.modules['m']
import m
print(first is m, m.n)
