# contextvars: ContextVar, Token, Context.run, copy_context.
import contextvars

v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get("dflt"))
try:
    w.get()
except LookupError as e:
    print("LookupError", e.args[0] is w)
t = v.set(5)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING, repr(t.old_value))
t2 = v.set(6)
print(t2.old_value)
v.reset(t2)
print(v.get())
ctx = contextvars.copy_context()
print(ctx[v], ctx.get(w), ctx.get(w, 0), v in ctx, w in ctx, len(ctx), list(ctx.keys()) == [v])

def work(n):
    v.set(n)
    w.set(n * 2)
    return v.get() + w.get()

print(ctx.run(work, 10), v.get(), w.get(None), ctx[v], ctx[w])
print(sorted(val for val in ctx.values()))
try:
    ctx.run(lambda: ctx.run(work, 1))
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context"))
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
try:
    w.reset(v.set(3))
except ValueError as e:
    print("ValueError", "created by a different ContextVar" in str(e))
with v.set(42):
    print("inside", v.get())
print("after", v.get())
try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)
try:
    contextvars.ContextVar(3)
except TypeError as e:
    print("TypeError", e)
empty = contextvars.Context()
print(len(empty), empty.run(lambda: v.get()))
