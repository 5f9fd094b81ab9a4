# copy.copy and copy.deepcopy of nested data, user classes, slots and custom hooks.
import copy

nested = {"a": [1, [2, 3]], "b": ({"x": 1},), "c": {4, 5}}
sh = copy.copy(nested)
dp = copy.deepcopy(nested)
nested["a"][1].append(99)
print(sh["a"], dp["a"], sh["a"] is nested["a"], dp["b"][0] is nested["b"][0])

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.y.append(3)
print(p2, p3, type(p3) is Point, p2.y is p.y)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]

s = copy.deepcopy(Slotted())
print(s.a, hasattr(s, "b"))

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom("copied-" + str(self.v))
    def __deepcopy__(self, memo):
        return Custom("deep-" + str(self.v))

print(copy.copy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)

class Red:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Red, (self.n * 10,))

print(copy.copy(Red(1)).n, copy.deepcopy(Red(2)).n)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is not cyc)

class Sub(list):
    pass

sl = Sub([1, [2]])
sl.tag = "t"
d = copy.deepcopy(sl)
print(type(d).__name__, d, d.tag, d[1] is not sl[1])

class State:
    def __init__(self):
        self.data = [1]
    def __getstate__(self):
        return {"data": self.data, "extra": True}
    def __setstate__(self, st):
        self.__dict__.update(st)

st = copy.deepcopy(State())
print(st.data, st.extra)
print(copy.copy(5) == 5, copy.deepcopy((1, 2)), copy.copy(frozenset([1])), copy.deepcopy(len) is len)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.copy(t) is t)
print(Point(1, 2).__reduce_ex__(2)[0].__name__, Point(1, 2).__reduce_ex__(2)[2])
