print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234, ","), format(True), format(None))
print(format(0.5, "%"), format(-7, "+"), format(255, "#X"), format(1e10, "g"), format(12, ""), format(12))
try:
    format(1, "z")
except ValueError as e:
    print("ValueError:", e)
try:
    format([1], "d")
except TypeError as e:
    print("TypeError:", e)
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()))
class BadF:
    def __format__(self, spec):
        return 5
try:
    format(BadF())
except TypeError as e:
    print("TypeError:", e)
