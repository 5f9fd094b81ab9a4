# traceback and linecache: formatting the current exception, frames, chained causes.
import io
import linecache
import sys
import traceback


def inner(n):
    return 10 // n


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0], "|", lines[-1], "|", len(lines) > 4)
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    tb = sys.exc_info()[2]
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line, fs.filename == __file__)
    print([f.f_code.co_name for f, _ in traceback.walk_tb(tb)])
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, len(summary), summary[-1].colno is not None)

print(traceback.format_exception_only(ValueError("bad value")))
print(traceback.format_exception_only(KeyError("k")))
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    out = list(te.format())
    print(any("direct cause" in s for s in out), out[-1], te.exc_type_str)
    print(te.__cause__.exc_type_str, str(te.__cause__))

stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].line)
print(traceback.format_list([("f.py", 3, "fn", "x = 1")]))
lines = linecache.getlines(__file__)
print(lines[0].rstrip())
print(repr(linecache.getline(__file__, 1 << 20)), linecache.getline("no/such/file.py", 1) == "")
try:
    raise ValueError("line")
except ValueError as e:
    print(traceback.format_exception(e)[-1], end="")
    print(traceback.format_tb(e.__traceback__)[0].splitlines()[1].strip())
