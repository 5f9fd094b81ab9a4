# Closures and method calls: counters and accumulators built from nested functions with
# `nonlocal`, function composition, decorators, bound methods stored and called later,
# class hierarchies with super() calls, properties, staticmethod/classmethod, and
# callbacks passed through an event bus. Measures: cell variables, call overhead of
# closures, bound-method creation, method resolution through inheritance, keyword args.


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    return bump


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x

    return run


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        v = fn(n)
        cache[n] = v
        return v

    return wrapper


def trace_calls(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)

    wrapper.calls = calls
    return wrapper


@memoize
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return self.name + ":" + str(self.area())

    @staticmethod
    def unit():
        return 1

    @classmethod
    def kind(cls):
        return cls.__name__


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def area(self):
        return super().area() + self.unit() - 1


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)

    def emit(self, event, *args, **kwargs):
        results = 0
        for h in self.handlers.get(event, ()):
            results += h(*args, **kwargs)
        return results


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.history = []

    def deposit(self, amount, note=""):
        self.balance += amount
        self.history.append(amount)
        return self.balance

    def withdraw(self, amount, note=""):
        if amount > self.balance:
            return 0
        self.balance -= amount
        self.history.append(-amount)
        return self.balance


def main():
    counters = [make_counter(s) for s in range(1, 6)]
    total = 0
    for _ in range(200000):
        for c in counters:
            total += c()
    print("counters", total)

    inc = lambda x: x + 1
    dbl = lambda x: x * 2
    sq = lambda x: x * x % 1000003
    pipeline = compose(inc, dbl, sq, inc)
    acc = 0
    for i in range(300000):
        acc = (acc + pipeline(i)) % 1000000007
    print("compose", acc)

    print("collatz", max(collatz_len(n) for n in range(1, 200000)))

    @trace_calls
    def weigh(a, b=1, *, scale=2):
        return (a + b) * scale

    w = 0
    for i in range(150000):
        w += weigh(i, scale=3) + weigh(i, b=i)
    print("weigh", w, weigh.calls[0])

    shapes = []
    for i in range(100000):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i % 7 + 1, i % 5 + 1))
        elif k == 1:
            shapes.append(Square(i % 9 + 1))
        else:
            shapes.append(Circle(i % 4 + 1))
    area = sum(s.area() for s in shapes)
    per = sum(s.perimeter for s in shapes if isinstance(s, Rect))
    names = {}
    for s in shapes:
        d = s.describe()
        names[s.kind()] = names.get(s.kind(), 0) + len(d)
    print("shapes", Shape.count, area, per, sorted(names.items()))

    bus = EventBus()
    accounts = [Account("a%d" % i) for i in range(8)]
    for a in accounts:
        bus.on("pay", a.deposit)
        bus.on("charge", a.withdraw)
    moved = 0
    for i in range(75000):
        moved += bus.emit("pay", i % 13, note="salary")
        moved -= bus.emit("charge", i % 17)
    print("bus", moved, sum(a.balance for a in accounts), len(accounts[3].history))


main()
