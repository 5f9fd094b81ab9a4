class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.classes[name.lower()] = cls
        return cls
    def __repr__(cls):
        return f"<registered {cls.__name__}>"
    def __len__(cls):
        return len(Registry.classes)
    def __getitem__(cls, key):
        return Registry.classes[key]

class Plugin(metaclass=Registry):
    pass
class Alpha(Plugin):
    pass
class Beta(Plugin):
    pass

print(sorted(Registry.classes))
print(Plugin["alpha"], len(Plugin))
print(repr(Beta))
print(type(Alpha).__name__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, n):
        print("init config", n)
        self.n = n
a = Config(1)
b = Config(2)
print(a is b, b.n)

M = type("M", (type,), {"tag": "meta"})
K = M("K", (), {"f": lambda self: "f!"})
print(K.tag, K().f(), type(K).__name__)
try:
    class X(metaclass=M, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
