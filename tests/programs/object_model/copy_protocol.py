import copy

class Pt:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
    def __repr__(self):
        return f"Pt({self.x}, {self.tags})"

p = Pt(1, ["a"])
s = copy.copy(p)
d = copy.deepcopy(p)
p.tags.append("b")
print(s, d, s.tags is p.tags, d.tags is p.tags)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v)

a = [1, [2, 3]]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[1] is not a[1], b[1] == a[1])
print(copy.copy((1, 2)) , copy.deepcopy("s"), copy.copy({1: [2]}))
class Slot:
    __slots__ = ("a", "b")
    def __init__(self): self.a, self.b = 1, [2]
sl = copy.deepcopy(Slot())
print(sl.a, sl.b)
class Reduce:
    def __init__(self, n): self.n = n
    def __reduce__(self):
        return (Reduce, (self.n * 10,))
print(copy.copy(Reduce(3)).n)
print(hasattr(copy, "replace"))
