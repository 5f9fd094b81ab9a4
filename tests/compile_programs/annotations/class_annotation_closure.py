def outer():
    T = int
    class C:
        a: T
    return C
