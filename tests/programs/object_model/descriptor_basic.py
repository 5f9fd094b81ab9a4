class Verbose:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            print("get on class", objtype.__name__)
            return self
        print("get", self.name)
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class P:
    x = Verbose()
    y = Verbose()

p = P()
print(p.x)
p.x = 10
print(p.x)
p.__dict__["x"] = "shadow"
print(p.x)
del p.x
print(p.x)
print(type(P.x).__name__)
p.y = 3
print(sorted(p.__dict__))
