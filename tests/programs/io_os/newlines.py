import os
p = "/tmp/krait_io_newlines.txt"
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
with open(p) as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print(list(f))
with open(p, newline="\n") as f:
    print(list(f))
with open(p, newline="\r") as f:
    print(list(f))
with open(p, newline="\r\n") as f:
    print(list(f))
with open(p, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w", newline="\r") as f:
    f.write("x\ny\n")
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
