print(isinstance(5, int), isinstance(True, int), isinstance(5, (str, float)), isinstance(5, (str, (list, int))))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(type, object))
print(isinstance(int, type), isinstance(object, type), isinstance(None, type(None)), isinstance([], object))
for bad in (lambda: isinstance(5, 5), lambda: issubclass(5, int), lambda: issubclass(int, 5), lambda: isinstance(5, (int, 5)) or isinstance("", (int, 5))):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", inst)
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is str
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("x", Magic), issubclass(str, Magic), issubclass(int, Magic))
print(isinstance(Magic(), Magic))
print(isinstance(3, int | str), issubclass(int, int | None))
