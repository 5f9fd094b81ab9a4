print(type(1), type(1.0), type("s"), type([]), type({}), type(None), type(True))
class A: pass
print(type(A()) is A, isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)))
