class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.c, t.f)
t.c = -40
print(t.c, t.f)
try:
    t.f = 1
except AttributeError as e:
    print("AttributeError:", e)
