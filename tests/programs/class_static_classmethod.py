class Shape:
    made = 0
    def __init__(self, sides):
        self.sides = sides
    @staticmethod
    def describe(n):
        return f"{n} sides"
    @classmethod
    def triangle(cls):
        cls.made += 1
        return cls(3)
s = Shape.triangle()
print(s.sides, Shape.describe(4), s.describe(5), Shape.made)
