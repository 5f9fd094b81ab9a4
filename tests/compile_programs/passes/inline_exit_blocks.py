# Jumps to small exit blocks (and to line-less blocks that cannot fall through) are inlined.
def f(a):
    if a:
        return 1
    elif a is None:
        return 2
    return 3
def g(a):
    if a:
        x = 1
    else:
        x = 2
def h(a):
    while a:
        if a.b:
            break
        a = a.c
def k(a):
    try:
        pass
    finally:
        return a
