class A[T](Base)
    pass
