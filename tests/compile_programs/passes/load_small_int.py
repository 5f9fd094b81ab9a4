# LOAD_CONST of an exact int 0..255 becomes LOAD_SMALL_INT; other constants stay.
a = 0
b = 255
c = 256
d = -1
e = True
f = 1.0
g = 0x7F
def h():
    return 200, 300, False, None
