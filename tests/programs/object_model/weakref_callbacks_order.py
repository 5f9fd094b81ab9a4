import weakref
class Thing:
    def __init__(self, name):
        self.name = name
log = []
t = Thing("t")
refs = [weakref.ref(t, lambda r, i=i: log.append(i)) for i in range(3)]
plain1 = weakref.ref(t)
plain2 = weakref.ref(t)
print(plain1 is plain2, weakref.getweakrefcount(t), len(weakref.getweakrefs(t)))
del t
print(log, [r() for r in refs], plain1())
holder = Thing("held")
p = weakref.proxy(holder)
print(p.name, len(weakref.getweakrefs(holder)))
p.name = "renamed"
print(holder.name)
del holder
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
d = weakref.WeakValueDictionary()
keep = Thing("keep")
d["k"] = keep
d["temp"] = Thing("temp")
print(sorted(d.keys()))
s = weakref.WeakSet()
items = [Thing(i) for i in range(4)]
for it in items:
    s.add(it)
del items[:2]
print(len(s))
class Node:
    pass
a = Node()
r = weakref.ref(a, lambda ref: print("callback, alive:", ref() is not None))
a = None
print("done")
