from enum import Enum, IntEnum, Flag, auto, verify, UNIQUE, CONTINUOUS, member, nonmember, EnumCheck
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    @classmethod
    def from_name(cls, s):
        return cls[s.upper()]
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.from_name("tue"), Weekday.WED.next(), Weekday.MON < Weekday.TUE if False else Weekday.MON.value < Weekday.TUE.value)
try:
    Weekday.MON < Weekday.TUE
except TypeError as e:
    print("TypeError:", e)
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
    B = auto()
print([m.value for m in Auto])
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape(2), Shape.ALIAS_FOR_SQUARE, list(Shape), list(Shape.__members__))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.RWX, Perm(6), list(Perm(7)), Perm.R | Perm.X, repr(Perm(5)), Perm.RWX.name)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status(404).name, Status.OK == 200, {Status.OK: "x"}[200], f"{Status.OK:>6}", Status.OK.value + 1)
print(isinstance(Status.OK, int), Status.__members__["OK"] is Status.OK, len(Status))
class Cfg(Enum):
    A = 1
    helper = nonmember(99)
print(list(Cfg), Cfg.helper)
