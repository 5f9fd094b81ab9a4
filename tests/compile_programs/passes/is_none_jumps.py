# None + IS_OP + POP_JUMP_IF_* becomes POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE.
def f(x, y):
    if x is None:
        return 1
    if x is not None:
        return 2
    if not x is None:
        return 3
    if not (y is not None):
        return 4
    z = x is None
    while y is None:
        y = g()
    return z if x is None else None
