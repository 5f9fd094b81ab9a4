# inspect: signatures, binding, members, source, docs, generator states.
import inspect


def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool:
    """Do things.

        Indented detail.
    """
    return True


class Shape:
    """A shape."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    @classmethod
    def make(cls):
        return cls("made")

    @staticmethod
    def helper(x, y=1):
        return x + y

    @property
    def label(self):
        return self.name.upper()


sig = inspect.signature(f)
print(sig)
for p in sig.parameters.values():
    print(p.name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation)
ba = sig.bind(1, 2, 3, 4, d=5, z=6)
print(dict(ba.arguments))
ba.apply_defaults()
print(ba.args, ba.kwargs)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {"c": 4, "d": 1})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
print(inspect.signature(Shape))
print(inspect.signature(Shape.helper), inspect.signature(Shape.make), inspect.signature(Shape("q").area))
print(inspect.signature(lambda x, *, y=1: 0))
print(sig.replace(return_annotation=inspect.Signature.empty))
print(str(inspect.Parameter("z", inspect.Parameter.KEYWORD_ONLY, default=None)))
try:
    inspect.Parameter("1x", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError", e)

print(inspect.getdoc(f))
print(inspect.cleandoc("  first\n    second\n      third"))
print([n for n, _ in inspect.getmembers(Shape, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Shape) if not n.startswith("_")])
print(inspect.isclass(Shape), inspect.isfunction(f), inspect.ismethod(Shape("x").area),
      inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print(inspect.getsource(Shape.area), end="")
lines, start = inspect.getsourcelines(Shape.helper)
print(start, len(lines), lines[0].strip())
print(inspect.getfullargspec(f).args, inspect.getfullargspec(f).kwonlyargs)
print(inspect.getattr_static(Shape, "label").__class__.__name__)
print(inspect.unwrap(f) is f, inspect.isabstract(Shape))


def gen():
    yield 1
    yield 2


g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g))
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getframeinfo(frame).function)
print(inspect.stack()[0].function)
