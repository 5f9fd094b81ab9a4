a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), a is b, type(id(a)).__name__)
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, (2, 3))) == hash((1, (2, 3))), hash(None) == hash(None))
print(type(1), type("x"), type(type), type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(... , Ellipsis is ..., repr(NotImplemented), bool(...))
try:
    bool(NotImplemented)
except TypeError as e:
    print("TypeError:", e)
import sys
M = sys.hash_info.modulus  # 2**61 - 1 on 64-bit builds, 2**31 - 1 on 32-bit ones
print(hash(-1), hash(-2), hash(0), hash(M), hash(M + 1), hash(-(M + 1)), hash(1.5) == (M + 3) // 2, hash(float("inf")))
print(hash(2 * M + 5) == 5, hash(-M - 5) == -5, hash(0.5) == (M + 1) // 2, hash(-1.0), hash(sys.hash_info.inf) == hash(float("inf")))
print(hash(()) == hash(()), hash(frozenset()) == hash(frozenset()), type(hash("x")).__name__)
print(type(print).__name__, type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__)
print(type(type.__dict__["__name__"]).__name__, type(int.real).__name__ if hasattr(int, "real") else None)
