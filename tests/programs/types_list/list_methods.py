a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend(range(2)); print(a)
a.insert(0, 10); a.insert(100, 20); a.insert(-1, 30); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a, a.count(1), a.index(5), a.index(5, 5))
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
b = a.copy(); a.clear(); print(a, b, b is not a)
words = ["banana", "Apple", "cherry", "apple", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w)); print(words)
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, "a"].sort(),
            lambda: [1].insert(), lambda: [].sort(key=1), lambda: [1, 2].index(1, "a")):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print([1, 2] + [3], [0] * 3, 2 * [None], [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [[]] * 2)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
x = [1, 2, 3]
x += (4, 5)
x *= 2
print(x, len(x), 4 in x, min(x), max(x), sum(x))
print(list(), list("ab"), list({"k": 1}), list(range(3)), repr([1, "a", None, 2.0]))
