try:
    e = ValueError("bad value")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err, err.__notes__)
try:
    ValueError().add_note(5)
except TypeError as err:
    print("TypeError:", err)
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2")])])
print(eg, eg.message, len(eg.exceptions), repr(eg.exceptions[0]))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.derive([KeyError("k")])))
try:
    ExceptionGroup("x", [])
except ValueError as err:
    print("ValueError:", err)
try:
    ExceptionGroup("x", [1])
except ValueError as err:
    print("ValueError:", err)
except TypeError as err:
    print("TypeError:", err)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
m2, r2 = eg.split(lambda e: isinstance(e, ValueError) and "2" in str(e))
print(repr(m2), repr(r2))
