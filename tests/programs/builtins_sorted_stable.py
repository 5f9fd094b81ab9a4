data = [(i * 7919) % 1000 for i in range(2000)]
print(sorted(data)[:10], sorted(data, reverse=True)[:5])
pairs = [(x % 10, i) for i, x in enumerate(data)]
print(sorted(pairs, key=lambda p: p[0])[:12])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
words = ["pear", "Apple", "fig", "banana", "kiwi", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
l = [3, 1, 2]; l.sort(); print(l)
try:
    sorted([1, "a", 2])
except TypeError as e: print(e)
print(sorted([2.5, 1, 3.0, -1]), sorted([]), sorted([1]))
