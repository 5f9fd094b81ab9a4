import io
s = io.StringIO()
s.write("hello\n")
s.write("world\n")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(s.readline(), end="")
print(s.read())
r = io.StringIO("a\nb\nc")
print(list(r), r.read(), r.seek(0), r.read(1))
b = io.BytesIO(b"abcdef")
print(b.read(2), b.read(), b.getvalue(), b.seek(1), b.read(1), b.tell())
b.write(b"ZZ")
print(b.getvalue(), len(b.getbuffer()))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.write("é")
w.flush()
print(w.buffer.getvalue())
try:
    io.StringIO(5)
except TypeError as e:
    print("TypeError:", e)
c = io.StringIO()
c.close()
try:
    c.write("x")
except ValueError as e:
    print("ValueError:", e)
print(io.StringIO("x").readable(), io.StringIO().seekable(), io.BytesIO(b"12").readlines())
