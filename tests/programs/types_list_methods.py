a = [3, 1, 2]
a.insert(0, 9); a.insert(-1, 7); a.insert(100, 5); print(a)
a.extend((4, 6)); a.extend(range(2)); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7); print(a)
try:
    a.remove(42)
except ValueError as e:
    print(e)
b = [1, 2, 3, 2, 1]
print(b.index(2), b.index(2, 2), b.index(1, 1, 5), b.count(2), b.count(9))
try:
    b.index(3, 0, 2)
except ValueError as e:
    print(e)
c = [5, 2, 8, 1]
c.sort(); print(c)
c.sort(reverse=True); print(c)
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower); print(words)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
c.reverse(); print(c)
d = c.copy(); d.append(0); print(c, d)
d.clear(); print(d)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
x = [1, 2, 3]
x += [4]; x *= 2; print(x)
print([1, 2] < [1, 3], [1, 2] == [1, 2], [[1]] * 2, list("abc"), list(range(3)))
y = [0, 1, 2, 3, 4, 5]
y[1:3] = ["a"]; print(y)
del y[::2]; print(y)
y[::-1] = [9, 8, 7]; print(y)
try:
    [3, "a"].sort()
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])))
print([1, 2, 3].__len__(), [1, 2].__contains__(2), list.__getitem__([1, 2], 0))
l = [1, 2, 3]
print(l.index(3), 3 in l, l * 0, -1 in l)
try:
    l.index(9)
except ValueError as e:
    print(e)
