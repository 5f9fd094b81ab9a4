# Lists and sets of constants: in/for become tuple/frozenset; >= 3 items use LIST_EXTEND/SET_UPDATE.
def f(x, y):
    if x in [1, 2, 3]:
        return 1
    if x not in {1, 2, 3}:
        return 2
    if x in [y, 1]:
        return 3
    if x in {y, 1}:
        return 4
    for i in [1, 2]:
        pass
    for j in [x, y]:
        pass
    for k in {"a", "b"}:
        pass
    if x in {1, 1.0, True, 2}:
        return 5
    if x in {"get", "set", "delete", "post"}:
        return 6
    return [1, 2], [1, 2, 3], {1, 2}, {1, 2, 3}, [x, 1, 2], {"a", "b", "c"}
