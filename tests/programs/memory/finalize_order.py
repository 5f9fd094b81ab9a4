class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def locals_order():
    first = T("first")
    second = T("second")
    third = T("third")
locals_order()
print("---")
pair = (T("left"), T("right"))
pair = None
print("---")
items = [T(i) for i in range(3)]
items = []
print("---")
nested = [[T("inner")], T("outer")]
del nested
print("---")
d = {"a": T("da"), "b": T("db")}
d.clear()
print("---")
def gen():
    t = T("gen local")
    try:
        yield 1
    finally:
        print("gen finally")
g = gen()
next(g)
g = None
print("---")
keep = T("global kept")
_private = T("underscore global")
print("end")
