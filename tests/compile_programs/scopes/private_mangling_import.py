class C:
    def f(self):
        import __private
        return __private
