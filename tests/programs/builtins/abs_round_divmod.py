print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 80))
print(round(3.14159, 2), round(2.5), round(-0.5), round(15, -1), round(25, -1), round(1234, -2), round(7), round(7.7, None))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2.0, 3), pow(2, -1), pow(5, 3, 7), pow(base=3, exp=2), pow(3, 4, mod=5), pow(-8, 1/3).__class__.__name__)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
    def __abs__(self):
        return "absolute"
print(round(R()), round(R(), 3), abs(R()))
for bad in (lambda: abs("x"), lambda: round("x"), lambda: divmod("a", 1), lambda: round(1.5, 1.5), lambda: pow(2, 3.0, 5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(round(0.125, 2), round(0.375, 2), round(1e300, 2), round(-1.5), type(round(5, 2)).__name__)
