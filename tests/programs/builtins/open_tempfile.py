import errno, os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "notes.txt")
with open(path, "w", encoding="utf-8") as f:
    print(f.write("line one\n"), f.write("línea dos\n"))
    f.writelines(["three\n", "four"])
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:8])
    f.seek(5)
    print(f.read(3), f.tell())
with open(path, "r+") as f:
    f.write("LINE")
with open(path) as f:
    print(f.read(9), f.closed, f.name == path, f.mode)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror, e.errno == errno.ENOENT)
try:
    open(path, "rw")
except ValueError as e:
    print("ValueError:", e)
with open(path, "wb") as f:
    f.write(bytes(range(5)))
print(os.path.getsize(path), os.path.exists(path))
os.remove(path)
os.rmdir(d)
print(os.path.exists(path))
