# List slicing and slice assignment by every route: constant slices (a slice constant and
# STORE_SUBSCR), two-bound slices (BINARY_SLICE/STORE_SLICE), three-part slices
# (BUILD_SLICE), steps of every sign and size, bounds past the ends, __index__ bounds (one
# that shrinks the list), values of every kind, and the errors.

base = list(range(10))
for step in (None, 1, 2, 3, -1, -2, -3, 11, -11):
    rows = []
    for a in (None, -12, -3, 0, 2, 9, 12):
        for b in (None, -12, -2, 0, 5, 10, 13):
            rows.append(base[a:b:step])
    print(step, sum(len(r) for r in rows), rows[5], rows[20], rows[-1])

p = [3, 1, 4, 0, 2, 5]
first = p[0]
while first != 0:
    p[: first + 1] = p[first::-1]
    first = p[0]
print(p)

l = list(range(8))
l[:3] = ["a", "b", "c"]
print(l)
l[2:5] = ()
print(l)
l[1:1] = range(3)
print(l)
l[-2:] = "xyz"
print(l)
l[:] = l
print(l)
l[3:] = l
print(l, len(l))
l[::2] = [0] * len(l[::2])
print(l)
l[::-3] = "ABCD"[: len(l[::-3])]
print(l)
l[100:] = [1]
print(l)
l[:-100] = [2]
print(l)
l[5:2] = ["mid"]
print(l)
m = [1, 2, 3, 4]
m[1:3] = (x * 10 for x in range(4))
print(m)
m[0:2] = {"k": 1}
print(m)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def assign(target, key, value):
    target[key] = value
    return target


show("step zero", lambda: base[::0])
show("step zero store", lambda: assign(list(base), slice(None, None, 0), []))
show("extended size", lambda: assign(list(base), slice(None, None, 2), [1, 2]))
show("not iterable", lambda: assign(list(base), slice(1, 2), 5))
show("not iterable ext", lambda: assign(list(base), slice(1, 5, 2), 5))
show("bad index", lambda: base["a":])
show("bad index store", lambda: assign(list(base), slice("a", None), []))
show("float step", lambda: base[::1.5])


class Idx:
    def __init__(self, v, victim=None):
        self.v = v
        self.victim = victim

    def __index__(self):
        if self.victim is not None:
            del self.victim[3:]
        return self.v


print(base[Idx(2):Idx(8):Idx(2)], base[Idx(-1)::Idx(-4)])
v = list(range(10))
print(v[Idx(1, v):Idx(9):Idx(1)], v)
v = list(range(10))
print(v[Idx(0, v)::Idx(2)], v)
w = list(range(10))
w[Idx(1, w):Idx(8)] = ["x", "y"]
print(w)
w = list(range(10))
w[Idx(0, w)::Idx(1)] = "ab"
print(w)
t = tuple(range(10))
print(t[::-2], t[1:8:3], t[Idx(3):])
s = "abcdefghij"
print(s[::-2], s[1:8:3], s[Idx(3):])
big = 10**30
print(base[-big:big], base[big:], base[:-big], base[::big], base[::-big])
