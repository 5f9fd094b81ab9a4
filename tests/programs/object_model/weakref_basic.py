import weakref

class Node:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Node({self.v})"

n = Node(1)
r = weakref.ref(n)
print(r() is n, r().v)
def cb(ref):
    print("callback, dead:", ref() is None)
r2 = weakref.ref(n, cb)
del n
print(r(), r2())

d = weakref.WeakValueDictionary()
a = Node("a")
d["a"] = a
print(len(d), d["a"])
del a
print(len(d), "a" in d)

k = weakref.WeakKeyDictionary()
key = Node("key")
k[key] = 5
print(len(k))
key = None
print(len(k))

p_target = Node("proxy")
p = weakref.proxy(p_target)
print(p.v)
del p_target
try:
    p.v
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
ws = weakref.WeakSet()
objs = [Node(i) for i in range(3)]
for o in objs:
    ws.add(o)
print(len(ws))
objs.pop()
print(len(ws))
x = Node(0)
print(weakref.getweakrefcount(x))
w = weakref.ref(x)
print(weakref.getweakrefcount(x), weakref.ref(x) is w)
