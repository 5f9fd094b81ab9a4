# sum() over machine-sized ints that overflow into big ints and back, mixed with bools,
# floats, big ints, subclasses and start values; generators and iterators as input.
M = 2**63 - 1  # the 64-bit machine int's edge (the oracle is 32-bit: sys.maxsize differs)
print(sum([M, 1]))
print(sum([M, M, -M, -M, 7]))
print(sum([-M - 1, -1]))
print(sum([-M - 1, -1, 2]))
print(sum(range(10**6)))
print(sum(x for x in range(-5, 5)))
print(sum([True, True, 3]))
print(sum([1, 2.5, 3]))
print(sum([2**70, -2**70, 5]))
print(sum([5, 2**70]), sum([2**70, 5]))
print(sum([1, 2, 3], 10), sum([1, 2, 3], start=M))
print(sum([1, 2], 0.5), sum([], 7), sum([], start=-1))

class I(int):
    def __add__(self, other):
        return "I.__add__"
    def __radd__(self, other):
        return "I.__radd__"

print(sum([1, I(2)]))
try:
    sum([I(2), 1], 0)
except TypeError as e:
    print("TypeError:", e)
print(sum([M, I(1)]))
print(type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([M, M, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sum(iter([M] * 4)) == 4 * M)
print(sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10] * 1000))
