# for-loops over lists and tuples while they change: appends seen, shrinking stops early,
# an exhausted list iterator stays exhausted, nested loops over the same list.
items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if x < 3 and len(items) < 6:
        items.append(x * 10)
print(seen, items)

shrink = [1, 2, 3, 4, 5]
out = []
for x in shrink:
    out.append(x)
    if shrink:
        shrink.pop()
print(out, shrink)

it = iter([1, 2])
print(list(it), list(it))
lst = [7]
it = iter(lst)
print(next(it), next(it, "done"))
lst.append(8)
print(next(it, "done"))

t = (1, (2, 3), [4])
print([type(v).__name__ for v in t], [a * b for a in t[1] for b in t[1]])

pairs = [(i, j) for i in [1, 2] for j in [1, 2] if i != j]
print(pairs)
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total)
for x in []:
    print("never")
else:
    print("empty else")
nested = [[1, 2], [3], []]
print([y for x in nested for y in x], sum(len(x) for x in nested))

class L(list):
    def __iter__(self):
        return iter([0])

print([x for x in L([5, 6])], list(L([5, 6])))
try:
    for x in [1, 2]:
        raise KeyError(x)
except KeyError as e:
    print("KeyError", e)
