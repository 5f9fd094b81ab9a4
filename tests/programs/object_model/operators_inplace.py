class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __isub__(self, o):
        print("isub")
        return NotImplemented
    def __sub__(self, o):
        print("sub fallback")
        return Acc(self.v - o)
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): self.v = ("mat", o); return self

a = Acc(1)
alias = a
a += 4
print(a, a is alias)
a -= 2
print(a, a is alias)
b = Acc(7)
b *= 3; print(b)
b //= 2; print(b)
b %= 6; print(b)
b **= 3; print(b)
b <<= 2; print(b)
b >>= 1; print(b)
b &= 0xff; print(b)
b |= 1; print(b)
b ^= 3; print(b)
b /= 4; print(b)
b @= 5; print(b)

lst = [1]
ref = lst
lst += [2]
print(ref, lst is ref)
t = (1,)
tref = t
t += (2,)
print(tref, t)
class NoOps: pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
try:
    n **= 2
except TypeError as e:
    print("TypeError:", e)
