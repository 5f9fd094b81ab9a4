class C:
    def __getitem__(self, k): return k
c = C()
r = c[1, 2]
s = c[1:2, ::3]
t = c[...]
