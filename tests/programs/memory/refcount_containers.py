import sys
class Probe:
    def __del__(self):
        print("probe gone")
p = Probe()
holders = [p, p]
d = {"a": p}
del p
print("still referenced")
holders.clear()
print("list cleared")
d.popitem()
print("after popitem")
def make_closure():
    q = Probe()
    def use():
        return q
    return use
c = make_closure()
print("closure alive")
del c
print("closure dropped")
class Cache:
    items = []
Cache.items.append(Probe())
print("class attr holds")
Cache.items = []
print("class attr replaced")
e = None
try:
    raise ValueError(Probe())
except ValueError as exc:
    print("in handler")
print("handler exited")
