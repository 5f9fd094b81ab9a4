class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int])
print(Box["x"])

class Stack:
    def __class_getitem__(cls, item):
        print("class_getitem", cls.__name__, item)
        return cls
class IntStack(Stack):
    pass
print(IntStack[int] is IntStack)

a = list[int]
print(a)
print(a.__origin__, a.__args__)
print(dict[str, list[int]])
print(tuple[int, ...])
print(type(a).__name__)
print(a() == [], a("ab"))
print(list[int] == list[int], list[int] == list[str])
print(isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
u = int | None
print(u)
print(type(u).__name__)
print(u.__args__)
print(isinstance(3, int | str), isinstance(None, u), isinstance(2.5, u))
print(int | str | int)
print(issubclass(bool, int | str))
print(list[int] | None)
