import os
p = "/tmp/krait_io_text_rw.txt"
with open(p, "w", encoding="utf-8") as f:
    print(f.write("line one\n"), f.write("línea dos\n"))
    f.writelines(["three\n", "four"])
with open(p, encoding="utf-8") as f:
    print(repr(f.read()))
with open(p, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(3)), f.readlines())
with open(p, encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
with open(p, encoding="utf-8") as f:
    print(repr(f.read(5)), f.tell(), repr(f.readline()))
    f.seek(0)
    print(repr(f.read(4)))
    f.seek(0, 2)
    print(repr(f.read()))
f = open(p)
f.close()
for op in (f.read, f.readline, lambda: f.write("x"), lambda: next(iter(f))):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
with open(p, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
with open(p) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
os.remove(p)
