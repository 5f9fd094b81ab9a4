from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, [m.name for m in Color.__members__.values()], list(Color.__members__))
print(Color.RED == 1, Color.RED == Color.RED, isinstance(Color.RED, Color), type(Color.RED).__name__, hash(Color.RED) == hash(Color.RED))
for bad in (lambda: Color(9), lambda: Color["PINK"]):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, Num(2), sorted([Num.TWO, Num.ONE]), f"{Num.ONE}", str(Num.TWO), int(Num.TWO))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw), rw & Perm.W, ~Perm.R, Perm(0), bool(Perm(0)), Perm.R.value, Perm.X.value)
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, Mode.WRITE == "w", Mode.READ.upper(), repr(Mode.WRITE))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def density_rank(self):
        return "dense" if self.mass / self.radius ** 3 > 1.6e4 else "light"
print(Planet.EARTH.mass, Planet.MARS.density_rank, Planet.EARTH.value)
class IF(IntFlag):
    A = 1
    B = 2
print(IF.A | IF.B, IF.A | 4, int(IF.B))
Animal = Enum("Animal", "CAT DOG")
print(Animal.DOG, Animal.DOG.value, list(Animal))
