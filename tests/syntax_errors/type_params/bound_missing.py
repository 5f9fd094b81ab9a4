class A[T: ]:
    pass
