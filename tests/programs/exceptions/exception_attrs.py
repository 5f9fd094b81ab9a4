e = ValueError("a", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("one")))
k = KeyError("key")
print(str(k), repr(k), str(KeyError()), str(KeyError("a", "b")))
import errno  # errno numbers are the platform's: compare with the constants
o = OSError(errno.ENOENT, "No such file")
print(o.errno == errno.ENOENT, o.strerror, o.filename, str(o) == f"[Errno {errno.ENOENT}] No such file", type(o).__name__)
fnf = OSError(errno.ENOENT, "No such file", "x.txt")
print(type(fnf).__name__, str(fnf) == f"[Errno {errno.ENOENT}] No such file: 'x.txt'", isinstance(fnf, FileNotFoundError))
print(str(OSError(errno.EACCES, "denied")) == f"[Errno {errno.EACCES}] denied", type(OSError(errno.EACCES, "d")).__name__)
s = StopIteration(5)
print(s.value, s.args)
se = SystemExit(3)
print(se.code, SystemExit().code)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(ue), ue.start, ue.end)
ae = AttributeError("msg", name="nm", obj=5)
print(ae.name, ae.obj)
ne = NameError("n", name="zz")
print(ne.name)
ie = ImportError("no mod", name="m", path="/p")
print(ie.name, ie.path, ie.msg)
se2 = SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 4))
print(se2.msg, se2.filename, se2.lineno, se2.offset, se2.text, se2.end_offset, str(se2))
e.args = ("changed",)
print(e, e.with_traceback(None) is e, e.__traceback__)
print(BaseException.__subclasses__()[:0], Exception.__mro__)
print(ArithmeticError.__subclasses__())
# Only the built-in subclasses: which stdlib modules (with their own subclasses) are loaded
# at startup is the implementation's choice.
print([c.__name__ for c in LookupError.__subclasses__() if c.__module__ == "builtins"])
try:
    raise ValueError
except ValueError as ex:
    print(repr(ex), ex.args)
try:
    raise 5
except TypeError as ex:
    print("TypeError:", ex)
class NotExc: pass
try:
    raise NotExc
except TypeError as ex:
    print("TypeError:", ex)
try:
    try:
        pass
    except 5:
        pass
    print("no error when not raised")
except TypeError as ex:
    print(ex)
try:
    try:
        raise KeyError
    except 5:
        pass
except TypeError as ex:
    print("TypeError:", ex)
