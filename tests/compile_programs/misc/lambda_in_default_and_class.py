class C:
    key = staticmethod(lambda x: -x)
    def sort(self, xs, key=lambda v: v):
        return sorted(xs, key=key)
