print(sorted([3, 1, 2]), sorted("cba"), sorted({"b": 1, "a": 2}), sorted([3, 1, 2], reverse=True), sorted([], key=len))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted([(2, "a"), (1, "b")], key=lambda t: t[1]))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), "".join(reversed("abc")), list(reversed(range(3))))
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any(x > 2 for x in range(4)), all("abc"))
def noisy(x):
    print("check", x)
    return x
print(any(noisy(x) for x in [0, 1, 2]), all(noisy(x) for x in [1, 0, 2]))
for bad in (lambda: sorted(5), lambda: reversed(5), lambda: all(5), lambda: sorted([1], key=5), lambda: sorted([1], cmp=None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
