# X | Y between classes, None and aliases: types.UnionType (typing.Union in 3.14).
import types
import typing

u = int | str
print(u, type(u).__name__, u.__args__)
print(int | None, None | int, list[int] | None, dict[str, int] | bytes)
print(int | int, (int | str) | (float | int), int | str | int | float)
print((int | str) == (str | int), (int | str) != (int | bytes))
print(hash(int | str) == hash(str | int))
print(len({int | str, str | int, int | None}))
print(isinstance(3, int | str), isinstance(3.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(u, types.UnionType), type(u) is typing.Union)
print(typing.Union[int, str], typing.Union[int], typing.Union[int, str, int])
print(typing.Optional[int], typing.Union[int, None] == (int | None))
print(u.__origin__ is typing.Union, u.__parameters__)
for bad in (lambda: int | 3, lambda: 3 | int, lambda: "x" | str):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print("TypeError:", e)
try:
    class C(int | str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    typing.Union[()]
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    pass

class K(metaclass=Meta):
    pass

print(K | None, int | K)
def f(x: int | None = None) -> str | None:
    return None if x is None else str(x)
print(f(), f(4))
