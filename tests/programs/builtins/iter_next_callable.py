it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
print(callable(print), callable(int), callable(5), callable(lambda: 0), callable("s".upper), callable(type))
import io
lines = io.StringIO("a\nb\nSTOP\nc\n")
print(list(iter(lines.readline, "STOP\n")))
print(aiter.__name__, anext.__name__)
