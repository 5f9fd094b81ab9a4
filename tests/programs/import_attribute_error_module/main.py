import m
try:
    m.nope
except AttributeError as e:
    print(e)
m.valu
