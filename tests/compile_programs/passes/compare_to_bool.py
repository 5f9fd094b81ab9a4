# COMPARE_OP absorbs TO_BOOL; IS_OP and CONTAINS_OP absorb TO_BOOL and UNARY_NOT.
def f(a, b):
    if a < b:
        return 1
    if a in b:
        return 2
    if not a in b:
        return 3
    if a is not b:
        return 4
    if not (a is b):
        return 5
    x = not (a is b)
    y = not a in b
    z = not not a
    w = not (a < b)
    return x, y, z, w, a == b
