eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("mid", [ValueError(3), KeyError(4)]), OSError(5)])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, OSError)))))
print(eg.subgroup(lambda e: True) is eg, eg.split(ZeroDivisionError)[0])
print(str(eg), eg.message, len(eg.exceptions))
eg.add_note("a note")
m2, _ = eg.split(TypeError)
print(m2.__notes__, m2.__notes__ is not eg.__notes__)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("custom", [ValueError("x"), TypeError("y")])
print(repr(mg.split(ValueError)[0]), type(mg.subgroup(TypeError)).__name__)
def handler(exc):
    try:
        raise exc
    except* ValueError as g:
        print("values", repr(g))
    except* TypeError as g:
        print("types", repr(g))
        raise KeyError("from handler")
try:
    handler(ExceptionGroup("g", [ValueError("v"), TypeError("t"), OSError("o")]))
except ExceptionGroup as e:
    print("escaped", repr(e))
    print([type(x).__name__ for x in e.exceptions])
try:
    try:
        raise TypeError("plain")
    except* TypeError as g:
        print("wrapped", repr(g), type(g.exceptions).__name__)
        raise
except ExceptionGroup as e:
    print("reraised as group", repr(e))
for bad in (ExceptionGroup, BaseExceptionGroup):
    try:
        try:
            raise ValueError
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [SystemExit()])).__name__)
for args in (("m", ()), (1, [ValueError()]), ("m", 5), ("m", [1])):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
