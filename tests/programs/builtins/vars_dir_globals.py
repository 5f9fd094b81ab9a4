class P:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(vars(p), sorted(k for k in vars(P) if not k.startswith("__")))
print([n for n in dir(p) if not n.startswith("__")])
print("append" in dir([]), "__len__" in dir([]), dir(5)[:0])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(Custom()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def f():
    a = 1
    b = "two"
    return sorted(locals().items())
print(f())
g = globals()
g["dynamic"] = 99
print(dynamic, "f" in g, g["__name__"])
print(sorted(k for k in globals() if not k.startswith("_")))
import math
print([n for n in dir(math) if n.startswith("is")])
print(vars(type("T", (), {"q": 1}))["q"])
