# A constant before a conditional jump folds the jump (JUMP or NOP), with or without COPY.
if 1:
    x = 1
if 0:
    y = 2
else:
    y = 3
if "":
    z = 4
while 1:
    break
v = a if 1 else b
w = a if () else b
u = 1 and b
t = 0 or b
s = "x" and "y"
r = None or 0
def f():
    while True:
        if g():
            return 1
    return 2
