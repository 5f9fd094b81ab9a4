import os
print(type(os.getpid()).__name__, len(os.urandom(8)), type(os.urandom(0)).__name__)
print(os.strerror(2) == os.strerror(2), isinstance(os.cpu_count(), int))
os.environ["KRAIT_TEST_VAR"] = "hello"
print(os.environ["KRAIT_TEST_VAR"], os.getenv("KRAIT_TEST_VAR"), "KRAIT_TEST_VAR" in os.environ)
del os.environ["KRAIT_TEST_VAR"]
print(os.getenv("KRAIT_TEST_VAR"), os.getenv("KRAIT_TEST_VAR", "dflt"))
print(os.access("/tmp", os.F_OK), os.access("/no/such", os.F_OK))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK)
print(os.error is OSError, callable(os.getcwd), type(os.getcwdb()).__name__)
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    os.stat(None)
except TypeError as e:
    print("TypeError:", e)
old = os.getcwd()
os.chdir("/tmp")
print(os.getcwd() == os.path.realpath("/tmp"))
os.chdir(old)
import errno
e = OSError(errno.ENOENT, "No such file or directory", "f.txt")
print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename, len(e.args), str(e).endswith("No such file or directory: 'f.txt'"))
print(type(OSError(errno.EACCES, "x")).__name__, type(OSError(errno.EEXIST, "x")).__name__, type(OSError("plain")).__name__, str(OSError("plain")))
