text1 = "the cat sat on the mat with the hat"
text2 = "a dog sat on a log with a frog"
w1, w2 = set(text1.split()), set(text2.split())
print("common:", sorted(w1 & w2))
print("only 1:", sorted(w1 - w2))
print("only 2:", sorted(w2 - w1))
print("either:", sorted(w1 ^ w2))
print("all:", len(w1 | w2))
letters = [set(w) for w in ["apple", "grape", "pear"]]
print(sorted(set.intersection(*letters)), sorted(set.union(*letters)))
seen = set()
dups = []
for x in [3, 1, 3, 2, 1, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
print(sorted({(i, j) for i in range(3) for j in range(3) if i < j}))
print(sorted({1, 2.0, True, 3}), sorted({0, False, 0.0}), {1, True} == {1})
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
print(min({5, 3, 9}), max(frozenset([5, 3, 9])), sum({1, 2, 3}), sorted({-1, -5, 2}, key=abs))
