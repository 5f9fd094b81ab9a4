import random
random.seed(12345)
print([random.randint(1, 100) for _ in range(5)], round(random.random(), 10))
print(random.choice("abcdef"), random.choices(range(10), k=4), random.uniform(1, 2) < 2)
items = list(range(10))
random.shuffle(items)
print(items, random.randrange(0, 100, 5), random.getrandbits(16))
r = random.Random(7)
print(r.random(), r.randint(1, 6), r.choice([10, 20, 30]))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
print(round(random.gauss(0, 1), 12), round(random.expovariate(2), 12))
for bad in (lambda: random.choice([]), lambda: random.randrange(5, 5), lambda: random.randint(5, 1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
