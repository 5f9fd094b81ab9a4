print(min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "B"), min([], default="empty"), max((), default=None))
print(max([1, -5, 3], key=abs), min(["aa", "b", "ccc"], key=len), max({"x": 1, "y": 5}, key=lambda k: -ord(k)))
print(max([2, 2.0, True], key=float), min([(1, "b"), (1, "a")]), max(iter([5, 7, 6])))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100), sum([1.5, 2.5j]))
for bad in (lambda: min([]), lambda: max(), lambda: min(1), lambda: sum(["a", "b"], ""), lambda: sum(["a"]), lambda: max(1, 2, key=None, default=3), lambda: min([1, "a"])):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(max(1, 2, key=None), min([3, 1], key=None), sum((x * x for x in range(4))), sum([True, True, True]))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([2 ** 64, 1]))
