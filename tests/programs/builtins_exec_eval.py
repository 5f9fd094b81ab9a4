g = {}
exec("x = 1 + 2\ndef f(a): return a * x", g)
print(g['x'], g['f'](5))
print(eval("x * 10", g), eval("[i*i for i in range(4)]"))
def h():
    a = 1; b = "z"
    return sorted(locals().items())
print(h())
c = compile("print('compiled', 6*7)", "<s>", "exec")
exec(c)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
class K:
    def __init__(self): self.q = 1
print(vars(K()), 'q' in dir(K()), 'append' in dir([]))
print([n for n in dir() if not n.startswith("__")])
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except Exception as e:
    print(type(e).__mro__)
