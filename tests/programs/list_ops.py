a = [3, 1, 2]
a.append(5)
a.extend([7, 8])
print(a, len(a), a[0], a[-1], a[1:3])
a[0] = 99
print(a.pop(), a.pop(0), a)
a.insert(1, "x")
print(a, a.index(2), a.count(1))
del a[0]
print(a, [1, 2] + [3], [0] * 3)
