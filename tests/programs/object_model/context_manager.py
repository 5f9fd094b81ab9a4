class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.swallow

with Ctx("a") as v:
    print("body", v)
with Ctx("b", swallow=True):
    raise KeyError("k")
print("after b")
try:
    with Ctx("c"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
with Ctx("x") as x, Ctx("y") as y:
    print(x, y)

def f():
    with Ctx("ret"):
        return "returned"
print(f())
for i in range(3):
    with Ctx(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("i", i)

class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
