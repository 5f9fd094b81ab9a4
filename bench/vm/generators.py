# Generator pipelines: a stream of pseudo-random records flows through chained generator
# functions (filter, map, windowing, batching, a merge of two sorted streams) and
# generator expressions, ending in a reduction. Measures: generator creation, resumption
# via next()/for, `yield from`, send(), and generator expressions inside sum/max/any.


def lcg(seed):
    state = seed
    while True:
        state = (state * 214013 + 2531011) & 0xFFFFFFFF
        yield state >> 16


def take(n, it):
    for _ in range(n):
        yield next(it)


def records(seed, n):
    for v in take(n, lcg(seed)):
        yield (v % 97, v % 13, v)


def only_even_keys(rows):
    for key, group, value in rows:
        if key % 2 == 0:
            yield key, group, value


def scaled(rows, factor):
    for key, group, value in rows:
        yield key, group, (value * factor) % 10007


def windows(it, size):
    window = []
    for x in it:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def batches(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def merge(a, b):
    # merge two ascending streams
    xa = next(a, None)
    xb = next(b, None)
    while xa is not None and xb is not None:
        if xa <= xb:
            yield xa
            xa = next(a, None)
        else:
            yield xb
            xb = next(b, None)
    if xa is not None:
        yield xa
        yield from a
    if xb is not None:
        yield xb
        yield from b


def ascending(seed, n):
    total = 0
    for v in take(n, lcg(seed)):
        total += v % 50
        yield total


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total // count


def main():
    pipeline = scaled(only_even_keys(records(42, 480000)), 31)
    window_sums = (sum(v for _, _, v in w) for w in windows(pipeline, 4))
    best = 0
    n_batches = 0
    for batch in batches(window_sums, 64):
        n_batches += 1
        best = max(best, max(batch))
    print("batches", n_batches, "best window", best)

    merged = merge(ascending(1, 320000), ascending(2, 320000))
    acc = averager()
    next(acc)
    last = 0
    for i, x in enumerate(merged):
        if i % 3 == 0:
            last = acc.send(x)
    print("merged average", last)

    nested = [[i, [i * 2, [i * 3]], i * 4] for i in range(120000)]
    print("flattened", sum(flatten(nested)))

    groups = {}
    for key, group, value in records(7, 320000):
        groups.setdefault(group, []).append(key)
    print("groups", sorted((g, sum(x for x in ks if x > 50)) for g, ks in groups.items())[:3],
          any(len(ks) > 30000 for ks in groups.values()))


main()
