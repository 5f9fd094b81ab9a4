class A:
    def m(self):
        def inner():
            return super(A, self)
        return __class__, inner
class B(A):
    def m(self):
        def helper():
            return super().m
        return helper
