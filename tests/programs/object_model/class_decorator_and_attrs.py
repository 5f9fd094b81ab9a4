def add_repr(cls):
    fields = cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls
@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age
print(User("ann", 3), [User("b", 4)])
class Counted:
    instances = 0
    def __new__(cls, *a):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
class Sub(Counted): pass
Counted(1); Counted(2); Sub(3)
print(Counted.instances, Sub.instances)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NewReturnsOther())
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
