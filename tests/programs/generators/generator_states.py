import inspect
def g():
    yield 1
    yield 2
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_frame.f_lineno - g.__code__.co_firstlineno)
list(gen)
print(inspect.getgeneratorstate(gen))
print(type(gen).__name__, gen.__name__, gen.__qualname__, iter(gen) is gen)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def stop_inside():
    yield 1
    raise StopIteration("inside")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def counter():
    i = 0
    while True:
        yield i
        i += 1
import itertools
print(list(itertools.islice(counter(), 5)))
gexp = (i * 2 for i in range(3))
print(type(gexp).__name__, gexp.__name__, list(gexp), list(gexp))
def lazy():
    print("body runs")
    yield
lz = lazy()
print("created")
next(lz)
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), max(squares(5)), 16 in squares(10), sorted(squares(4), reverse=True))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([x for _, x in zip(range(12), fib())])
