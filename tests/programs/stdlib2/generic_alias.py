# types.GenericAlias: list[int] and friends.
import types
from typing import TypeVar

a = list[int]
print(a, a.__origin__, a.__args__, type(a) is types.GenericAlias)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(list[int] == list[int], list[int] == list[str], list[int] == list)
print(hash(list[int]) == hash(list[int]))
print(a(), a([1, 2]), dict[str, int](x=1))
print(list[int].__name__, a.__parameters__)
T = TypeVar("T")
K = TypeVar("K")
print(list[T], list[T].__parameters__, list[T][int])
d = dict[K, list[T]]
print(d.__parameters__, d[str, int])
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))
for bad in (lambda: list[int][str], lambda: list[T][int, str], lambda: isinstance([], list[int]),
            lambda: issubclass(list, list[int])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class Box(list[int]):
    pass

print(Box.__mro__[1], Box([3]))
print(list[int] | None, None | list[int])
