class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("index called")
        return self.v

data = list("abcdefg")
print(data[Idx(2)])
print(data[Idx(1):Idx(4)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)))
print("xy" * Idx(3))
print(int.__index__(7))
import operator
print(operator.index(Idx(9)))
print((10).to_bytes(Idx(2), "big"))
class Bad:
    def __index__(self):
        return 1.5
try:
    [1, 2][Bad()]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2]["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][1.0]
except TypeError as e:
    print("TypeError:", e)
class IntLike:
    def __int__(self): return 3
print(int(IntLike()))
try:
    [1, 2, 3, 4][IntLike()]
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __index__(self): return 2
print(int(Both()), float(Both()), complex(Both()))
