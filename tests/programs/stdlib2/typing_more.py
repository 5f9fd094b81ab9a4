# typing: generic subclasses, overload, final, NewType, casts and helpers (no reprs that
# need annotationlib).
import typing
from typing import Generic, TypeVar, overload, final

T = TypeVar("T")

class Node(Generic[T]):
    def __init__(self, v: T):
        self.v = v

class IntNode(Node[int]):
    pass

print(IntNode.__orig_bases__[0].__origin__ is Node, IntNode.__mro__[1] is Node, Node.__parameters__)
print(IntNode(3).v, isinstance(IntNode(1), Node), Node[int].__origin__ is Node, Node[int].__args__)
n = Node[str]("x")
print(n.__orig_class__.__args__, type(n) is Node)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x

print(f(3), len(typing.get_overloads(f)))

@final
class Z:
    pass

print(Z.__final__, typing.TYPE_CHECKING)
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId.__supertype__, UserId.__name__, UserId)
print(typing.assert_type(3, int), typing.cast("int", "s"), typing.no_type_check(f) is f)
print(typing.get_origin(int | None) is typing.Union, typing.get_args(int | None))
print(typing.is_typeddict(dict), typing.get_origin(typing.Generic), typing.Generic.__module__)
class Twice[K, V](dict[K, V]):
    pass
print(Twice.__type_params__, Twice.__mro__[1] is dict, Twice[int, str].__origin__ is Twice)
try:
    Node[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[T], Generic[T]):
        pass
except TypeError as e:
    print("TypeError:", e)
