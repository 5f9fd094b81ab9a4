class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        print("made", type(inst).__name__)
        return inst

class Thing(metaclass=Meta, flavor="x"):
    def __init__(self, v):
        self.v = v
    def method(self):
        return self.v

t = Thing(5)
print(t.v, Thing.injected)
print(type(Thing).__name__, isinstance(Thing, Meta))

class Sub(Thing):
    pass
s = Sub(v=3)
print(type(Sub) is Meta)
