class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)

def getx(self):
    return 42
X = type("X", (), {"x": property(getx, doc="the x")})
print(X().x, X.x.__doc__)
p = property()
try:
    p.__get__(1, int)
except AttributeError as e:
    print("AttributeError:", e)
