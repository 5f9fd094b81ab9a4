class C:
    a = 1
c = C()
print(getattr(c, "a"), getattr(c, "b", "dflt"), hasattr(c, "a"), hasattr(c, "b"))
setattr(c, "b", 2)
print(c.b, vars(c))
delattr(c, "b")
print(hasattr(c, "b"))
for bad in (lambda: getattr(c, "zz"), lambda: getattr(c, 5), lambda: setattr(c, 5, 1), lambda: delattr(c, "nope"),
            lambda: setattr(5, "x", 1), lambda: delattr(C, "zz"), lambda: getattr(), lambda: hasattr(c, None)):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Boom:
    @property
    def p(self):
        raise ValueError("boom")
try:
    hasattr(Boom(), "p")
except ValueError as e:
    print("hasattr propagates ValueError:", e)
print(getattr(1, "real"), getattr("s", "upper")(), getattr(int, "__name__"))
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)
