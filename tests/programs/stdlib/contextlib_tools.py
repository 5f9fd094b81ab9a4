import contextlib, io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("tag saw", repr(e))
        raise
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise KeyError("k")
except KeyError:
    print("reraised")
with contextlib.suppress(ValueError, TypeError):
    int("x")
    print("not reached")
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print("buf:", repr(buf.getvalue()))
with contextlib.nullcontext(5) as v:
    print("nullcontext", v)
with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    print("stack body")
class Ctx(contextlib.ContextDecorator):
    def __enter__(self): print("deco enter"); return self
    def __exit__(self, *a): print("deco exit"); return False
@Ctx()
def work():
    print("working")
work()
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with contextlib.chdir(".") if hasattr(contextlib, "chdir") else contextlib.nullcontext():
    print("chdir ok")
