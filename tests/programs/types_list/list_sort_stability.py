records = [("bob", 3), ("alice", 1), ("carol", 3), ("dave", 2), ("eve", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records))
print(sorted(records, key=lambda r: (-r[1], r[0])))
import operator
print(sorted(records, key=operator.itemgetter(1, 0)))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n % 3), max(nums, key=abs), min(nums, key=abs))
data = [3, 1, 2]
res = data.sort()
print(res, data)
class Weird:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f"W{self.v}"
print(sorted([Weird(1), Weird(3), Weird(2)]))
lst = [3, 2, 1]
def key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(sorted("hello world".split(), key=len), sorted([[2, 1], [1, 2], [1]]))
print(sorted([1.5, 1, True, 0.5]), sorted({3: "a", 1: "b"}), sorted((3, 2), reverse=True))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
big = [(i * 7919) % 101 for i in range(50)]
print(sorted(big)[:10], sorted(big)[-3:])
