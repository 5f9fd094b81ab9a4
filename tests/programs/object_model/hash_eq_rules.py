class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__)
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError:", e)

class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {Both(1), Both(1), Both(2)}
print(len(s))
d = {Both("a"): 1}
print(d[Both("a")])

class Plain: pass
p = Plain()
print(p == p, p != Plain(), hash(p) == hash(p))

class Child(Both):
    def __eq__(self, o): return False
print(Child.__hash__ is None)

class Keep(Both):
    def __eq__(self, o): return False
    __hash__ = Both.__hash__
print(hash(Keep(5)) == hash(5))

class BadHash:
    def __hash__(self): return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
print(hash(1) == hash(1.0) == hash(True), hash(-1))
print(hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print(1 in {1.0: "x"}, {1: "a", 1.0: "b", True: "c"})
