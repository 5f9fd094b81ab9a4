def f():
    acc = 0
    def g():
        nonlocal acc
        return [acc for _ in range(2)]
    return g
