import os
p = "/tmp/krait_io_open_modes.txt"
with open(p, "w") as f:
    print(f.mode, f.closed, f.writable(), f.readable(), f.seekable())
    f.write("abc\n")
print(f.closed)
with open(p, "a") as f:
    f.write("def\n")
with open(p) as f:
    print(repr(f.read()))
with open(p, "r+") as f:
    f.write("X")
    f.seek(0)
    print(repr(f.read()))
with open(p, "rb") as f:
    print(f.mode, f.read(), type(f).__name__, type(f.raw).__name__)
with open(p, "wb") as f:
    print(f.write(b"\x00\x01\x02"), type(f).__name__)
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(), f.mode)
os.remove(p)
try:
    with open(p, "x") as f:
        f.write("new")
    with open(p, "x") as f:
        pass
except FileExistsError as e:
    print("FileExistsError", e.strerror)
os.remove(p)
for mode in ("rw", "rr", "q", "rbt", "+", "b"):
    try:
        open(p, mode)
    except ValueError as e:
        print(repr(mode), "ValueError:", e)
for kw in ({"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}):
    try:
        open(p, "rb", **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    open(p, "w", buffering=0)
except ValueError as e:
    print("ValueError:", e)
try:
    open(p, 5)
except TypeError as e:
    print("TypeError:", e)
os.remove(p) if os.path.exists(p) else None
print(os.path.exists(p))
