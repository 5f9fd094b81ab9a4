a = [5, 2, 9, 1]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
print(sorted(["bb", "a", "ccc"], key=len), sorted([3, 1, 2]))
a.reverse()
print(a)
