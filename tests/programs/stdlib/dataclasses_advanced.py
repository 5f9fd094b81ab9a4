from dataclasses import dataclass, field, fields, is_dataclass, make_dataclass, asdict
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 5
    def __post_init__(self):
        self.total = self.x + self.y + self.z
d = Derived(1, 2)
print(d, d.total, [f.name for f in fields(Derived)], is_dataclass(d), is_dataclass(Derived), is_dataclass(5))
@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(hash=False, compare=False, default="")
print(hash(Key(1, "x")) == hash(Key(1, "y")), Key(1, "x") == Key(1, "y"), len({Key(1), Key(1), Key(2)}))
@dataclass
class Tree:
    value: int
    children: list["Tree"] = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(asdict(t))
P = make_dataclass("P", [("a", int), ("b", str, field(default="b"))], namespace={"double": lambda self: self.a * 2})
p = P(4)
print(p, p.double(), P.__name__)
@dataclass(repr=False)
class NoRepr:
    v: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
@dataclass
class WithMeta:
    v: int = field(default=0, metadata={"unit": "cm"})
print(fields(WithMeta)[0].metadata["unit"], fields(WithMeta)[0].type, WithMeta.__match_args__)
match Derived(7, 8):
    case Derived(x, y, z):
        print("matched", x, y, z)
@dataclass(frozen=True)
class F:
    a: list
try:
    hash(F([1]))
except TypeError as e:
    print("TypeError:", e)
