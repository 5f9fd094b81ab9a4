import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell(), s.truncate(3), repr(s.getvalue()))
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
r = io.StringIO("a\nb\nc")
print(list(r), r.read(), r.seek(0), r.read(1), r.readlines())
print(io.StringIO("x\r\ny", newline=None).getvalue().split("\n"), io.StringIO("line1\nline2").readline(3))
for bad in (lambda: io.StringIO(5), lambda: io.StringIO().write(b"x"), lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1)):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
c = io.StringIO("z")
c.close()
print(c.closed)
for op in (c.read, c.getvalue, lambda: c.write("x"), c.tell):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
b = io.BytesIO(b"abcdef")
print(b.read(2), b.read(), b.getvalue(), b.seek(1), b.read(1), b.tell())
b.write(b"ZZ")
print(b.getvalue(), len(b.getbuffer()), b.seek(0, 2), b.seek(-2, 1), b.read())
print(io.BytesIO(b"1\n2\n3").readlines(), list(io.BytesIO(b"x\ny")), io.BytesIO().read())
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError:", e)
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.write("é\n")
w.flush()
print(w.buffer.getvalue(), w.encoding)
t = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\n"), encoding="ascii")
print(t.readlines())
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed, io.StringIO("x").readable(), io.StringIO().seekable(), io.BytesIO(b"12").readlines())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))
