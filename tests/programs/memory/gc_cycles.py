import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("collected", self.name)

gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("cycle unreachable, not yet collected")
n = gc.collect()
print("gc.collect found >= 2:", n >= 2)
print("second collect:", gc.collect())
lst = []
lst.append(lst)
del lst
print("list cycle:", gc.collect())
class Self:
    pass
s = Self()
s.me = s
del s
print("self cycle:", gc.collect())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), len(gc.get_threshold()))
