# typing: TypeVar, Generic, PEP 695 syntax, Union/Optional, casts.
import typing
from typing import TypeVar, Generic, Optional, Union, ParamSpec, TypeVarTuple

T = TypeVar("T")
U = TypeVar("U", bound=int)
S = TypeVar("S", int, str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, U, S, Co, Contra, T.__name__, U.__bound__, S.__constraints__, T.__bound__)
print(T.__covariant__, Co.__covariant__, Contra.__contravariant__, T.__module__)
print(T.has_default(), TypeVar("D", default=int).__default__, T.__default__)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(P, P.args, P.kwargs, P.args.__origin__ is P, Ts)
print(T | None, int | T)

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

b = Box(3)
print(b.get(), Box.__parameters__, Box[int](4).item, isinstance(b, Box))

class Pair[A, B]:
    def __init__(self, a: A, b: B):
        self.a, self.b = a, b

print(Pair.__type_params__, Pair(1, "x").b, Pair.__parameters__)

def first[X](xs: list[X]) -> X:
    return xs[0]

print(first([7, 8]), first.__type_params__)

def bounded[N: int](n: N) -> N:
    return n

(N,) = bounded.__type_params__
print(N, N.__bound__, N.__infer_variance__)

type Vec = list[float]
type Mapping2[K, V] = dict[K, list[V]]
print(Vec, Vec.__value__, Vec.__type_params__, Mapping2.__type_params__, Mapping2.__value__)
print(Union[int, str], Optional[str], Union[int, str] == Union[str, int], typing.cast(str, 5))
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(int | str) is Union)
print(typing.get_args(Optional[int]))
for bad in (lambda: TypeVar("X", int), lambda: TypeVar("X", int, bound=str),
            lambda: TypeVar("X", covariant=True, contravariant=True)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    class Bad(T):
        pass
except TypeError as e:
    print("TypeError:", e)

def ann(a: int, b: "str" = "x") -> list[int]:
    pass

print(ann.__annotations__)

class WithAnn:
    x: int
    y: str = "a"

class Child(WithAnn):
    pass

print(WithAnn.__annotations__, Child.__annotations__)
