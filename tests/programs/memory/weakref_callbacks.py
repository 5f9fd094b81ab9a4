import weakref, gc
class Obj:
    def __init__(self, n):
        self.n = n
events = []
def make_cb(tag):
    def cb(ref):
        events.append(tag)
        print("callback", tag, ref() is None)
    return cb
o = Obj(1)
r1 = weakref.ref(o, make_cb("first"))
r2 = weakref.ref(o, make_cb("second"))
print(r1 is r2, r1 == r2)
del o
print(events)
p = Obj(2)
p.self = p
rp = weakref.ref(p, make_cb("cyclic"))
del p
print("before collect", rp() is not None)
gc.collect()
print("after collect", rp())
f = weakref.finalize(Obj(3), print, "finalizer ran")
print("alive?", f.alive)
class Holder:
    pass
h = Holder()
fin = weakref.finalize(h, print, "holder finalized", "arg2")
print(fin.alive)
fin()
print(fin.alive)
del h
print("done")
class Meth:
    def m(self): return "m called"
mo = Meth()
wm = weakref.WeakMethod(mo.m)
print(wm()())
del mo
print(wm())
