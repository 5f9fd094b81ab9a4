class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        if not spec:
            return str(self)
        return f"<{format(self.x, spec)}|{format(self.y, spec)}>"

p = P(1.5, "s")
q = P(3, 4)
print(p)
print(repr(p))
print([p])
print(f"{p}", f"{p!r}", f"{p!s}", f"{q:polar}", f"{q:>5}")
print("{0} {0!r} {1:03d}".format(q, 7))
print(format(q, "^6"))
print(str(q), ascii(P("é", 1)))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), f"{OnlyRepr()}")
class Plain: pass
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(Plain(), "") .startswith("<__main__.Plain object at"))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Rec:
    def __init__(self): self.me = [self]
    def __repr__(self): return f"Rec({self.me})"
r = []
r.append(r)
print(r, {"k": r})
