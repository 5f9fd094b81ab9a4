# next() on generators: values, the return value in StopIteration, exceptions raised
# inside (and their tracebacks), PEP 479, re-entrancy, closing, and next with a default.
import sys, traceback

def count(n):
    for i in range(n):
        yield i
    return "finished"

g = count(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)
print(next(count(0), "dflt"), next(g, None))

def boom():
    yield 1
    raise KeyError("inside")
b = boom()
print(next(b))
try:
    next(b)
except KeyError as e:
    print("KeyError", e)
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in tb])

def leaky():
    yield 1
    raise StopIteration("leak")
l = leaky()
next(l)
try:
    next(l)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)

def selfish():
    yield next(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

def deep(n):
    if n:
        yield next(deep(n - 1)) + 1
    else:
        yield 0
print(next(deep(50)))

def echo():
    got = []
    while True:
        v = yield len(got)
        got.append(v)
        if v == "stop":
            return got
e = echo()
print(next(e), e.send("a"), next(e), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print("result", s.value)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
c = closer()
print(next(c))
c.close()
print(next(c, "closed"))

def counting():
    n = 0
    while True:
        n += 1
        yield n
cg = counting()
total = 0
for _ in range(1000):
    total += next(cg)
print(total)

def uncaught():
    yield 1
    1 / 0
u = uncaught()
next(u)
print(sys.getrecursionlimit() > 0)
next(u)
