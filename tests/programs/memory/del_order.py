class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def f():
    a = T("a")
    b = T("b")
    print("leaving f")
f()
print("---")
x = [T(1), T(2), T(3)]
del x
print("---")
t = (T("t1"), T("t2"))
t = None
print("---")
d = {"k": T("dv")}
del d["k"]
print("---")
def gen():
    obj = T("in gen")
    yield 1
g = gen()
next(g)
del g
print("---")
y = T("temp")
y = T("replacement")
print("end of program")
