# Generators driven by `for` loops: suspension and resumption, early exits, re-entry,
# errors raised inside, return values, gi_running, recursion through nested generators.
import sys


def count(n):
    for i in range(n):
        yield i
    return "done"


def tracked(log):
    try:
        log.append("start")
        yield 1
        log.append("after 1")
        yield 2
        log.append("after 2")
    finally:
        log.append("finally")


print([x for x in count(5)], sum(count(10)))

log = []
for v in tracked(log):
    log.append(v)
print(log)

# break leaves the generator suspended; next() then resumes it outside the loop
log = []
g = tracked(log)
for v in g:
    log.append(v)
    break
print(log, g.gi_running, g.gi_frame is not None)
print(next(g), log)
g.close()
print(log, g.gi_frame)

# the loop variable keeps the generator's values between resumptions
def pairs():
    a = [0]
    for i in range(3):
        a.append(i)
        yield tuple(a)


for p in pairs():
    print(p, end=" ")
print()


# a generator that raises inside the loop: the traceback goes through both frames
def failing():
    yield 1
    raise ValueError("bad item")


try:
    for v in failing():
        print("got", v)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError:", e, names)


# StopIteration inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("inner")


try:
    for v in leaky():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


# a generator that resumes itself while running
def selfish():
    yield 1
    yield next(me)


me = selfish()
try:
    for v in me:
        print("selfish", v)
except ValueError as e:
    print("ValueError:", e)
print(list(me))


# gi_running is true while the body runs
def running():
    yield running_gen.gi_running


running_gen = running()
for flag in running_gen:
    print("gi_running inside:", flag, "outside:", running_gen.gi_running)


# an exhausted generator yields nothing more
g = count(2)
print(list(g), list(g), [x for x in g])


# nested generators in nested loops
def outer():
    for i in range(3):
        yield (j * i for j in range(3))


print([[v for v in inner] for inner in outer()])


# recursive generators (a tree walk) and the return value through yield from
def walk(t):
    if isinstance(t, list):
        for c in t:
            yield from walk(c)
    else:
        yield t


def flatten(t):
    out = []
    for leaf in walk(t):
        out.append(leaf)
    return out


print(flatten([1, [2, [3, [4, 5]], 6], [[7]]]))


def deep(n):
    if n == 0:
        yield "bottom"
        return
    for x in deep(n - 1):
        yield x


print(list(deep(200)))
try:
    for x in deep(sys.getrecursionlimit() + 50):
        pass
except RecursionError as e:
    print("RecursionError:", e)


# exceptions raised in the loop body are not seen by the generator
def guarded():
    try:
        yield 1
        yield 2
    except ZeroDivisionError:
        print("generator saw it")
        yield "recovered"


try:
    for v in guarded():
        1 / 0
except ZeroDivisionError as e:
    print("loop body:", e)

# send() and for mixed
def echo():
    got = yield "first"
    while True:
        got = yield f"echo {got}"


e = echo()
print(next(e), e.send("a"))
for i, v in enumerate(e):
    print(v)
    if i == 1:
        break
print(e.send("b"))
