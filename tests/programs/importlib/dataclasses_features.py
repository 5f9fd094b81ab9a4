# dataclasses: fields, defaults, asdict/astuple, frozen, order, __post_init__, errors.
import dataclasses
from dataclasses import dataclass, field, InitVar, asdict, astuple, replace, fields


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: int = field(default=0, repr=False, compare=False)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


@dataclass
class Box:
    w: int
    h: int
    scale: InitVar[int] = 1
    area: int = field(init=False)

    def __post_init__(self, scale):
        self.area = self.w * self.h * scale


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1


@dataclass(slots=True)
class Pt:
    x: int
    y: int


a = Item("pen", 1.5)
b = Item("pen", 1.5, secret=9)
print(a, a == b, a.tags is not Item("x").tags)
print(asdict(Item("cup", 2.0, ["k"])), astuple(a))
print([f.name for f in fields(Item)], fields(Item)[2].default_factory is list)
print(replace(a, price=3.0))
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1, Version(0)]), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(Box(2, 3), Box(2, 3, 10).area)
print(Opts(level=3), Opts())
try:
    Opts(True)
except TypeError as e:
    print("TypeError", e)
p = Pt(1, 2)
print(p, Pt.__slots__, hasattr(p, "__dict__"))
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Pt), dataclasses.is_dataclass(1))
try:
    Item()
except TypeError as e:
    print("TypeError", e)

for src in [
    "@dataclass\nclass Bad:\n    x: list = []\n",
    "@dataclass\nclass Bad:\n    x: int = 1\n    y: int\n",
    "@dataclass(order=True)\nclass Bad:\n    x: int\n    def __lt__(self, o): return True\n",
]:
    try:
        exec(src, {"dataclass": dataclass})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    asdict(5)
except TypeError as e:
    print("TypeError", e)
C = dataclasses.make_dataclass("C", [("x", int), ("y", int, field(default=5))])
print(C(1), C.__name__)
