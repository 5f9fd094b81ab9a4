print(list(enumerate("ab")), list(zip([1, 2], "xy")), list(reversed([1, 2, 3])))
print(any([0, 1]), all([1, 0]), any([]), all([]))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
