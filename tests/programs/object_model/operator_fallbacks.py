class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"L{self.v}"
a, b = OnlyLt(1), OnlyLt(2)
print(a < b, b > a, sorted([b, a]))
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
print(a == a, a == OnlyLt(1), a != b)
class NE:
    def __eq__(self, o): return "truthy"
print(NE() == 1, NE() != 1)
class Radd:
    def __radd__(self, o): return f"radd({o})"
print(1 + Radd(), "s" + Radd(), [1] + Radd())
class LeftNI:
    def __add__(self, o): return NotImplemented
try:
    LeftNI() + LeftNI()
except TypeError as e:
    print("TypeError:", e)
class Eq5:
    def __eq__(self, o): return o == 5
print(5 == Eq5(), Eq5() == 5, [Eq5()].count(5), 5 in [Eq5()], [5].index(Eq5()))
class MulSeq:
    def __rmul__(self, n): return f"rmul {n}"
    def __index__(self): return 2
print([1] * MulSeq(), 3 * MulSeq(), "ab" * MulSeq())
