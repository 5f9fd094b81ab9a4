print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate("ab", start=-1)))
print(list(zip("abc", [1, 2, 3, 4])), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
try:
    list(map(len, [1], strict=True)) if False else list(map(len, ["ab"], ["c"]))
except TypeError as e:
    print("TypeError:", e)
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b22")))
e = enumerate([5])
print(type(e).__name__, next(e), type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
for bad in (lambda: enumerate(5), lambda: zip(1), lambda: map(abs), lambda: filter(None)):
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
z = zip(range(3), "abc")
print(next(z), list(z), list(z))
print(dict(zip("xy", map(ord, "xy"))), sorted(filter(lambda p: p[1] > 1, enumerate([3, 1, 2]))))
