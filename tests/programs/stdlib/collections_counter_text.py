from collections import Counter
words = "red blue red green blue red yellow".split()
c = Counter(words)
print(c, c.most_common(1), c.most_common()[-1], len(c), sum(c.values()))
print(sorted(c), list(c.elements())[:4], c["purple"], "purple" in c)
c["purple"] += 2
del c["yellow"]
print(sorted(c.items()))
d = Counter(red=1, black=4)
print(sorted((c + d).items()), sorted((c - d).items()), sorted((c | d).items()), sorted((c & d).items()))
print(Counter("hello") == Counter("olleh"), Counter({"a": 0}) == Counter(), c < c + d if hasattr(Counter, "__lt__") else True)
inventory = Counter(apples=3, pears=1)
inventory.subtract(apples=5)
print(inventory, +inventory, inventory.total())
print(repr(Counter()), Counter(a=2, b=2, c=1).most_common(2))
print(Counter(map(len, words)), Counter(w[0] for w in words).most_common())
