import os
p = "/tmp/krait_io_os_fd.bin"
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b"hello world"))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size, os.lseek(fd, -5, os.SEEK_END), os.read(fd, 2))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print("OSError on double close", type(e).__name__)
try:
    os.write(1, "text")
except TypeError as e:
    print("TypeError:", e)
os.unlink(p)
print(os.path.exists(p))
