# AttributeError carries `name` and `obj`; "Did you mean" is worked out when the error is
# shown (from the object as it is then), by the interpreter and by the traceback module.
import traceback


class Config:
    def __init__(self):
        self.verbose = True
        self.color = "red"


c = Config()
try:
    c.verbos
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__, e.obj is c, str(e))
    saved = e

# the object gains a closer name after the error was raised
c.verboseness = 1
print("".join(traceback.format_exception_only(saved)), end="")
print(traceback.format_exception(saved)[-1], end="")

try:
    [].apend(1)
except AttributeError as e:
    print(e.name, e.obj, "".join(traceback.format_exception_only(e)), end="")

try:
    import math
    math.sine
except AttributeError as e:
    print(e.name, type(e.obj).__name__, "".join(traceback.format_exception_only(e)), end="")

manual = AttributeError("custom", name="colr", obj=c)
print("".join(traceback.format_exception_only(manual)), end="")
print(hasattr(c, "nothing"), getattr(c, "nothing", "default"))
c.colr
