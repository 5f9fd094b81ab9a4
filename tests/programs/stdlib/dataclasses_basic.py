from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, KW_ONLY, InitVar
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5, 4)
print(a, a.total(), a == Item("pen", 1.5, 4, []), a != Item("pen", 1.5))
print(asdict(a), astuple(a), replace(a, qty=10), [f.name for f in fields(a)])
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(2), Version(1, 5), Version(1, 2)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mut:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclass
class WithPost:
    w: int
    h: int
    area: int = field(init=False, repr=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.w *= scale
        self.area = self.w * self.h
wp = WithPost(2, 3, scale=2)
print(wp, wp.area)
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
print(KW(1, b=5), KW(1))
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError:", e)
@dataclass(slots=True)
class S:
    x: int
print(S(1), hasattr(S(1), "__dict__"), S.__slots__)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), Item.__dataclass_fields__["qty"].default)
@dataclass(kw_only=True)
class AllKw:
    p: int
    q: int = 0
print(AllKw(p=1), repr(AllKw(q=2, p=3)))
