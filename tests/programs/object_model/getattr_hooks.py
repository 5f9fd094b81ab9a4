class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no {name}")

d = Dyn()
print(d.real)
print(d.auto_abc)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "nope", "default"))
print(hasattr(d, "auto_q"), hasattr(d, "zzz"))

class Logged:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

l = Logged()
l.a = 5
print(l.a)
l.s = "x"
del l.a
try:
    l.a
except AttributeError as e:
    print("AttributeError:", e)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom handled")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
print(Both().boom)
print(Both().other)
