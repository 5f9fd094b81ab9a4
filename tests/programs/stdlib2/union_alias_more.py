# More union / generic alias facts: copies, typing objects, modules, names, substitution.
import copy, types, typing
u = int | str
print(copy.copy(u) == u, copy.deepcopy(list[int]) == list[int])
print(typing.Any | int, int | typing.Any)
print(u | list[int], (u | None).__args__)
print(types.UnionType.__module__, types.GenericAlias.__module__, types.UnionType.__name__)
print(repr(typing.Union), typing.Union.__qualname__)
print(list[int].__class__, u.__class__)
print(typing.TypeVar.__module__, typing.Generic.__module__, typing.NoDefault)
T = typing.TypeVar("T")
print(list[T] | None, (list[T] | None)[int])
print(issubclass(int, typing.Union[int, str]))
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, type))
print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
print(u.__origin__, u.__name__ if hasattr(u, "__name__") else "noname")
print(tuple[int, str][0] if False else tuple[int, str].__args__)
print(dict[str, int].__parameters__, list[int].__unpacked__, [*tuple[int, str]])
