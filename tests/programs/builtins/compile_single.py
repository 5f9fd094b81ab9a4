# compile(..., 'single'): expression statements print their values through sys.displayhook.
import builtins
import sys

exec(compile("1 + 1", "<stdin>", "single"))
print("underscore:", builtins._)
exec(compile("None", "<stdin>", "single"))
print("still:", builtins._)
exec(compile("'text'", "<stdin>", "single"))
exec(compile("x = 5", "<stdin>", "single"))
exec(compile("y = 6; y; x", "<stdin>", "single"))
print("x =", x)
exec(compile("for i in range(3): i * 10\n", "<stdin>", "single"))
exec(compile("if x:\n    [x, x]\n", "<stdin>", "single"))
exec(compile("def f():\n    42\n", "<stdin>", "single"))
print("f() ->", f())
code = compile("x + 1", "<stdin>", "single")
print(type(code).__name__, code.co_filename, code.co_name)

for bad in ["x = 1\ny = 2\n", "if 1:\n  pass\nz = 3\n"]:
    try:
        compile(bad, "<stdin>", "single")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

def myhook(value):
    print("hook got", repr(value))
sys.displayhook = myhook
exec(compile("[1, 2]", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
sys.displayhook = sys.__displayhook__
sys.displayhook(None)
sys.displayhook((1, "a"))
print("underscore:", builtins._)
try:
    sys.displayhook()
except TypeError as e:
    print(type(e).__name__, e)
del sys.displayhook
try:
    exec(compile("3", "<stdin>", "single"))
except RuntimeError as e:
    print(type(e).__name__, e)
sys.displayhook = sys.__displayhook__
# eval and exec modes do not echo.
exec(compile("4", "<stdin>", "exec"))
print(eval(compile("5", "<stdin>", "eval")))
try:
    compile("1", "<stdin>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
