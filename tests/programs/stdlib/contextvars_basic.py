import contextvars
v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.get(), v.name, w.get("fallback"))
t = v.set(5)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING)
v.reset(t)
print(v.get())
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
t2 = w.set("x")
try:
    v.reset(t2)
except ValueError as e:
    print("ValueError", "was created by a different ContextVar" in str(e), str(e).startswith("<Token var=<ContextVar name='w' at 0x"))
ctx = contextvars.copy_context()
print(ctx.run(lambda a, b: a + b, 2, 3))
