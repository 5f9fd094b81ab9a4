print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
ns = {}
exec("def sq(n):\n    return n * n\nz = sq(7)", ns)
print(ns["z"], ns["sq"](3), "__builtins__" in ns)
print(exec("1 + 1"), eval("[i for i in range(3)]"), eval(" 5 "), eval("\t7"))
g = {"a": 1}
l = {"b": 2}
exec("c = a + b", g, l)
print(sorted(l), "c" in g)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
try:
    eval("__import__('os')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
try:
    exec(5)
except TypeError as e:
    print("TypeError:", e)
code = compile("r = 6 * 7", "<string>", "exec")
d = {}
exec(code, d)
print(d["r"], eval(compile("3 ** 3", "<e>", "eval")))
print(eval("(lambda q: q + 1)(1)"), eval(b"2 + 2"))
def outer():
    v = 10
    return eval("v + 1")
print(outer())
exec("import math\nprint(math.pi > 3)")
