from m import *
print(a, b)
try:
    _c
except NameError as e:
    print(e)
