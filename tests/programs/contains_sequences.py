# `in` over lists and tuples: equality with identity first (NaN found by identity), the
# list read again after each comparison (a comparison that empties it ends the search),
# reflected __eq__, and the error for a non-container.
x = float("nan")
print(x in [x], x in (x,), float("nan") in [float("nan")], [x] == [x])


class E:
    def __eq__(self, other):
        print("eq", type(other).__name__)
        return False


e = E()
print(e in [e], e in [1, e], e in (2.5, "s"), 3 in (1, 2), 2 in [1, 2], True in [1], 1.0 in (1,))
items = [1, 2, 3]


class Clears:
    def __eq__(self, other):
        items.clear()
        return False


print(Clears() in items, items)


class Raises:
    def __eq__(self, other):
        raise ValueError("no comparing")


try:
    Raises() in [1]
except ValueError as err:
    print("ValueError:", err)
print([1, 2] in [[1, 2]], (1,) in [(1,)], "a" in ["a", "b"], None in [0, False], [] in ((),))
try:
    1 in 5
except TypeError as err:
    print("TypeError:", err)
