print(int("12"), float("1.5"), str(12), complex("2j"), bool("x"), bytes(2), list((1,)), tuple([1]), set("aa"), dict(a=1))
print(int(x := 7.9), float(" -3 "), str(b"ab", "ascii"), str(object).startswith("<class"), frozenset("ab") == {"a", "b"})
for bad in (lambda: int("1", base=1), lambda: float("x"), lambda: str(b"\xff", "ascii"), lambda: list(5), lambda: dict(a=1, **{"a": 2}), lambda: tuple(None)):
    try:
        bad()
    except (ValueError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__ + ":", e)
print(type(int()).__name__, float(), str(), complex(), bool(), bytes(), list(), tuple(), set(), dict(), frozenset())
print(object(), ) if False else print(type(object()).__name__)
print(int.__new__(int, 5), str.__new__(str), float.__new__(float, "2"))
class Num:
    def __float__(self): return 2.5
    def __int__(self): return 7
    def __complex__(self): return 1j
print(float(Num()), int(Num()), complex(Num()))
