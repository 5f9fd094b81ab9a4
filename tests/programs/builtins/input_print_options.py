import sys, io
print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" <- joined")
print("x", "y", sep="", end="!\n")
print()
print(1, 2.5, None, [1], {"k": "v"}, sep=" | ")
print("to stderr", file=sys.stderr)
buf = io.StringIO()
print("captured", 42, file=buf, sep=":")
print(repr(buf.getvalue()))
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep=",")
for bad in (lambda: print(sep=5), lambda: print(end=1), lambda: print(file=5), lambda: print(bogus=1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(None, sep=None, end=None)
sys.stdout.write("via write\n")
print(sys.stdout.write("abc\n"))
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
captured = sys.stdout.getvalue()
sys.stdout = old
print("captured was", repr(captured))
