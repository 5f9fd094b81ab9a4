# Class attributes read through the class (`C.x`, `C.f()`), while the class's plain values
# change in place (`C.count += 1`), through subclasses, and when a value is replaced by a
# descriptor, a function, or deleted: every read must see the current state.


class Base:
    count = 0
    label = "base"
    items = [1, 2]

    def method(self):
        return "Base.method"

    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def make(cls):
        return cls.__name__


class Child(Base):
    pass


class Grand(Child):
    label = "grand"


def shown(v):
    return "<callable>" if callable(v) else v


def read_all(tag):
    print(tag, Base.count, Child.count, Grand.count, shown(Base.label), shown(Child.label), Grand.label)


b, c, g = Base(), Child(), Grand()
for i in range(3):
    Base.count += 1
    read_all("inc")
    print("  via instances", b.count, c.count, g.count, getattr(g, "count"))

Child.count = 100
read_all("child shadows")
Base.count += 1
read_all("base again")
del Child.count
read_all("child unshadowed")

for i in range(2):
    print("helper", Base.helper(i), Child.helper(i), Grand.helper(i))
    print("method", Base.method(b), Grand.method(g))
    print("make", Base.make(), Child.make(), Grand.make())


class Desc:
    def __get__(self, obj, owner):
        return "described " + owner.__name__


for step in range(4):
    if step == 1:
        Base.label = Desc()
    elif step == 2:
        Base.label = "plain again"
    elif step == 3:
        Base.label = lambda self: "now a function"
    value = Base.label
    print("label step", step, value(b) if callable(value) else value, shown(Child.label), Grand.label)

for step in range(3):
    if step == 1:
        Base.helper = staticmethod(lambda x: -x)
    elif step == 2:
        del Base.helper
    try:
        print("helper step", step, Child.helper(5))
    except AttributeError as e:
        print("helper step", step, "AttributeError:", e)

for step in range(3):
    if step == 1:
        Base.items = (3, 4)
    elif step == 2:
        Base.items += (5,)
    print("items", step, Base.items, Child.items, b.items)


class Meta(type):
    @property
    def shadow(cls):
        return "meta property"

    def mflag(cls):
        return "meta method"


class WithMeta(metaclass=Meta):
    shadow = "class value"
    plain = 1


for i in range(2):
    print("meta", WithMeta.shadow, WithMeta.plain, WithMeta.mflag(), WithMeta().shadow)
    WithMeta.plain += 1

setattr(Base, "count", 42)
read_all("setattr")
type.__setattr__(Base, "count", 43)
read_all("type.__setattr__")
print(Base.__dict__["count"], vars(Child).get("count"))


class Slots:
    __slots__ = ("v",)
    total = 0

    def __init__(self, v):
        self.v = v
        Slots.total += v


objs = [Slots(i) for i in range(5)]
print("slots total", Slots.total, objs[2].total, objs[2].v)

try:
    Base.missing
except AttributeError as e:
    print("AttributeError:", e)
