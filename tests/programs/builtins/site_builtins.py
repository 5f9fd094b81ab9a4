# The objects site.py adds to builtins: reprs, types, attributes, calling them.
import builtins
import sys

for name in ["exit", "quit", "copyright", "credits", "license", "help"]:
    obj = getattr(builtins, name)
    print(name, type(obj).__module__, type(obj).__name__, callable(obj))
    print(repr(obj))

print(str(exit) == repr(exit), exit.name, quit.name, exit.eof)
print(sorted(vars(quit)))
print(type(copyright).MAXLINES, type(help).__doc__.splitlines()[0])

for call in [lambda: exit(3), lambda: quit(), lambda: exit("bye"), lambda: quit(code=7)]:
    try:
        call()
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)

try:
    exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# breakpoint() goes through sys.breakpointhook.
seen = []
def hook(*args, **kwargs):
    seen.append((args, kwargs))
    return "hooked"
sys.breakpointhook = hook
print(breakpoint(1, x=2), seen)
print(sys.__breakpointhook__.__name__, callable(sys.__breakpointhook__))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
sys.breakpointhook = sys.__breakpointhook__
print(builtins.__doc__.splitlines()[0])
print(sys.copyright.splitlines()[0])
