class NonData:
    def __get__(self, obj, owner):
        return "from descriptor"

class Data:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        raise AttributeError("read-only")

class K:
    nd = NonData()
    d = Data()

k = K()
print(k.nd)
k.__dict__["nd"] = "instance wins"
print(k.nd)
k.__dict__["d"] = "instance loses"
print(k.d)
try:
    k.d = 5
except AttributeError as e:
    print("AttributeError:", e)
print(K.nd, K.d)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("computing", self.name)
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.area)
print(c.area)
print("area" in c.__dict__)
