class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
p = P()
print(p, str(p), repr(p), f"{p}", f"{p!r}")
