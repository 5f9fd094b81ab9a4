# Jumps to unconditional jumps are threaded; constant-condition loops keep their shape.
def f(a, b, c):
    while a:
        if b:
            if c:
                continue
            else:
                break
        elif c:
            pass
        a = g()
    for i in a:
        if i:
            if b:
                continue
        else:
            continue
    return a and b or c
def h(a, b):
    x = a and b and c
    y = a or b or c
    z = (a and b) or (c and a)
    return x, y, z
