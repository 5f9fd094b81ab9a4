import os, errno
d = "/tmp/krait_io_os_dirs"
if os.path.exists(d):
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
os.mkdir(d)
for name in ("b.txt", "a.txt", "c.log"):
    with open(os.path.join(d, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(d)))
entries = sorted(os.scandir(d), key=lambda e: e.name)
print([(e.name, e.is_file(), e.is_dir(), e.is_symlink()) for e in entries])
print([e.stat().st_size for e in entries], entries[0].path == os.path.join(d, "a.txt"))
os.rename(os.path.join(d, "a.txt"), os.path.join(d, "z.txt"))
os.replace(os.path.join(d, "b.txt"), os.path.join(d, "y.txt"))
print(sorted(os.listdir(d)))
st = os.stat(os.path.join(d, "z.txt"))
print(st.st_size, st[6], isinstance(st.st_mtime, float), len(tuple(st)))
try:
    os.mkdir(d)
except FileExistsError as e:
    print("FileExistsError", e.errno == errno.EEXIST, e.strerror, e.filename == d)
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOTEMPTY)
try:
    os.remove(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror, os.path.basename(e.filename))
try:
    os.listdir(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print("listdir", e.errno == errno.ENOENT)
for n in os.listdir(d):
    os.unlink(os.path.join(d, n))
os.rmdir(d)
print(os.path.exists(d))
