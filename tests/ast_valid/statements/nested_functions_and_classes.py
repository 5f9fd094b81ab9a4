def f():
    class C:
        def g(self):
            def h():
                return lambda: 1
            return h
    return C
