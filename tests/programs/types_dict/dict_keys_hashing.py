class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        print("hash", self.name)
        return self.h
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name == other.name
    def __repr__(self):
        return self.name

d = {}
d[Key("a", 1)] = 1
d[Key("b", 1)] = 2
print(d[Key("b", 1)])
print(Key("c", 1) in d)
print(len(d))
class Changing:
    h = 0
    def __hash__(self):
        return Changing.h
c = Changing()
s = {c}
Changing.h = 1
print(c in s, len(s))
nan = float("nan")
dn = {nan: 1}
print(dn[nan], float("nan") in dn)
class Raises:
    def __hash__(self):
        raise ValueError("no hash today")
try:
    {Raises(): 1}
except ValueError as e:
    print("ValueError:", e)
class EqRaises:
    def __hash__(self): return 7
    def __eq__(self, o): raise RuntimeError("eq exploded")
e1 = EqRaises()
dd = {e1: 1}
print(dd[e1])
try:
    dd[EqRaises()]
except RuntimeError as e:
    print("RuntimeError:", e)
