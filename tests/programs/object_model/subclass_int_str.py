class Meters(int):
    def __new__(cls, v, unit="m"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{int(self)}{self.unit}"
    def __add__(self, o):
        return Meters(int(self) + int(o), self.unit)

m = Meters(5)
print(m, m + 3, type(m + 3).__name__, m * 2, type(m * 2).__name__)
print(isinstance(m, int), m == 5, hash(m) == hash(5), m.bit_length())
print(int(m), type(int(m)).__name__, str(m), f"{m:04d}")

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, u.shout(), type(u).__name__, type(u.shout()).__name__)
print(u.lower(), type(u.lower()).__name__, len(u), u[1:3], u == "HELLO")
print(repr(u), "E" in u, {u: 1}["HELLO"])

class Flag(int):
    pass
print(Flag(3) | 4, type(Flag(3) | 4).__name__, -Flag(2))
class F(float):
    def __str__(self):
        return "F!"
print(F(2.5), repr(F(2.5)), F(2.5) * 2, f"{F(1.25):.1f}")
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError:", e)
class Tup(tuple):
    def first(self): return self[0]
t = Tup([4, 5])
print(t, t.first(), t + (6,), type(t + (6,)).__name__, type(t[0:1]).__name__)
