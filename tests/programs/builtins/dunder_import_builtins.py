m = __import__("math")
print(m.floor(2.5), type(m).__name__, m.__name__)
os_path = __import__("os.path", fromlist=["join"])
print(os_path.join("a", "b"))
import builtins
print(builtins.len("abc"), builtins.__name__, type(builtins.__dict__).__name__)
names = [n for n in dir(builtins) if not n.startswith("_")]
print(len(names) > 100, "print" in names, "ExceptionGroup" in names)
orig = builtins.print
def shout(*a, **k):
    orig(*[str(x).upper() for x in a], **k)
builtins.print = shout
print("quiet")
builtins.print = orig
print("restored")
import importlib
j = importlib.import_module("json")
print(j.dumps([1]))
try:
    __import__("not_a_real_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
