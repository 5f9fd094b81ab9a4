import enum
class K(enum.Enum):
    A = "a"
def f(x):
    match x:
        case {K.A: v, 1: w}:
            return v, w
