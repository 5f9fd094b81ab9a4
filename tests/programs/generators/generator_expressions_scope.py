x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
data = [1, 2, 3]
g2 = (d * 2 for d in data)
data = [9]
print(list(g2))
try:
    g3 = (i for i in 5)
except TypeError as e:
    print("TypeError:", e)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        nested = [v * w for v in vals for w in vals if w == 1]
    except NameError as e:
        nested = str(e)
print(C.doubled, C.nested)
print(list(zip(*(iter("abcdef"),) * 2)))
print(sum(1 for _ in range(1000)), max((len(w), w) for w in "a bb ccc dd".split()))
gen = (n for n in range(3))
print(gen.gi_running, gen.gi_frame is not None, list(gen), gen.gi_frame)
print(tuple(c.upper() for c in "abc"), dict((c, ord(c)) for c in "ab"), set(n % 3 for n in range(10)) == {0, 1, 2})
