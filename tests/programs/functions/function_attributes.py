def f(a, b=2, *args, c, d=4, **kw):
    """Docstring of f."""
    x = a + b
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames[:6], co.co_flags & 0x0C)
print(co.co_qualname, co.co_filename.endswith(".py"), co.co_firstlineno)
def g(): pass
print(g.__defaults__, g.__kwdefaults__, g.__doc__, g(), g.__dict__)
g.custom = 5
print(g.custom, g.__dict__)
f.__defaults__ = (100,)
print(f(1, c=0))
f.__kwdefaults__ = {"c": 7, "d": 1}
print(f(1))
class K:
    def m(self): pass
    class In:
        def n(self): pass
print(K.m.__qualname__, K.In.n.__qualname__, (lambda: 0).__name__, (lambda: 0).__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__code__.co_consts[0] if False else outer().__code__.co_name)
def ann(x: int, y: "str" = "s") -> list: pass
print(ann.__annotations__)
print(type(f).__name__, callable(f), f.__call__ is not None, repr(g).startswith("<function g at"))
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(len.__name__, len.__qualname__, len.__doc__.splitlines()[0], len.__module__)
