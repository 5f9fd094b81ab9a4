class A[T: (x := int)]:
    pass
