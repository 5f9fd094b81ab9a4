class Shape:
    count = 0
    def __init__(self, n):
        self.n = n
        Shape.count += 1
    @classmethod
    def square(cls):
        return cls(4)
    @staticmethod
    def describe(n):
        return f"{n} sides"
    def __repr__(self):
        return f"{type(self).__name__}({self.n})"

class Tri(Shape):
    @classmethod
    def make(cls):
        return cls(3)

print(Shape.square(), Tri.square(), Tri.make())
print(Shape.describe(5), Tri().describe(6) if False else Tri(3).describe(6))
print(Shape.count)
print(type(Shape.__dict__["square"]).__name__)
print(type(Shape.__dict__["describe"]).__name__)
sm = Shape.__dict__["describe"]
print(sm.__func__("raw"))
print(sm("callable"))
cm = Shape.__dict__["square"]
print(cm.__func__.__name__)
bound = Tri.make
print(bound.__self__ is Tri, bound.__func__.__name__)
print(Shape.describe.__name__, Shape.describe.__qualname__)
print(Shape.square.__qualname__)

class Reg:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls
Reg.add(1).add(2)
print(Reg.items)
