class K:
    type A = int

def f():
    type B[T] = list[T]
    return B
