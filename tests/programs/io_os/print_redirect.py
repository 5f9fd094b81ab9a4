import io, sys, contextlib
buf = io.StringIO()
print("a", "b", sep="-", end="!\n", file=buf)
print(1, 2, 3, file=buf)
print(repr(buf.getvalue()))
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print("captured")
    print("twice", end="")
print("after:", repr(out.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
data = sys.stdout.getvalue()
sys.stdout = old
print("restored", repr(data))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
s = Sink()
print("x", 1, file=s)
print(s.parts)
