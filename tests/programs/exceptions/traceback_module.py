import traceback
def inner():
    raise ValueError("deep error")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([f.name for f in tb], [f.line for f in tb])
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e)).splitlines()[0])
    lines = traceback.format_exc().splitlines()
    print(lines[0], lines[-1])
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("wrapped") from z
except KeyError as e:
    text = "".join(traceback.format_exception(e))
    print("direct cause" in text, text.count("Traceback"))
te = traceback.TracebackException.from_exception(ValueError("x"))
print(list(te.format_exception_only()), te.exc_type_str if hasattr(te, "exc_type_str") else "ValueError")
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "a b c\n", 3, 6))))
