import random
random.seed(12345)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(0, 100, 5), random.randrange(10))
print(random.choice("abcdef"), random.choices(range(10), k=5), random.choices("xyz", weights=[10, 1, 1], k=4))
lst = list(range(10))
random.shuffle(lst)
print(lst)
print(random.sample(range(100), 5), random.sample(["a", "b", "c"], k=2))
print(round(random.uniform(1, 2), 6), round(random.gauss(0, 1), 6), round(random.normalvariate(5, 2), 6))
print(round(random.expovariate(1.5), 6), round(random.triangular(0, 10, 3), 6), random.getrandbits(32), random.randbytes(4))
r = random.Random(42)
print(r.random(), r.randint(1, 6), r.choice([10, 20, 30]))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b)
random.seed("a string seed")
print(random.random())
random.seed(b"bytes")
print(random.randint(0, 10 ** 12))
for bad in (lambda: random.choice([]), lambda: random.randrange(5, 5), lambda: random.sample([1, 2], 3), lambda: random.randint(5, 1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(round(random.betavariate(2, 3), 6), round(random.lognormvariate(0, 1), 6), random.binomialvariate(10, 0.5))
