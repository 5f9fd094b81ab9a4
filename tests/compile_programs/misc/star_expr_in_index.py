class C:
    def __getitem__(self, k): return k
a = (1, 2)
r = C()[*a]
