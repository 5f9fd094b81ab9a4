class Empty:
    def __len__(self): return 0
class Full:
    def __len__(self): return 3
class Truthy:
    def __bool__(self): return False
    def __len__(self): return 10
class Bad:
    def __bool__(self): return 1
class NegLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70

print(bool(Empty()), bool(Full()), bool(Truthy()), len(Truthy()))
print("yes" if Full() else "no", not Empty())
for obj in (Bad(), NegLen(), BigLen()):
    try:
        bool(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
print(len(IdxLen()))
class FloatLen:
    def __len__(self): return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
print(bool(object()), bool(None), bool(0.0), bool(""), bool(" "))
x = Full()
print(x and "and", Empty() or "or")
