class C:
    def __iter__(self):
        yield self
