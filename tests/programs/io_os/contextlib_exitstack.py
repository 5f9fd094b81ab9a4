import contextlib, os
log = []
@contextlib.contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    finally:
        log.append("exit " + name)
with tag("a") as a, tag("b") as b:
    log.append(a + b)
print(log)
with contextlib.suppress(KeyError, ZeroDivisionError):
    1 / 0
print("suppressed")
log.clear()
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(log.append, "callback")
print(log)
with contextlib.nullcontext(5) as v:
    print("null", v)
p = "/tmp/krait_io_closing.txt"
with open(p, "w") as f:
    f.write("data")
with contextlib.closing(open(p)) as f:
    print(f.read())
print(f.closed)
os.remove(p)
@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
