from itertools import chain, combinations, groupby, islice, zip_longest, accumulate, product, starmap, repeat
def powerset(it):
    s = list(it)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(powerset("abc")))
def grouper(it, n, fill=None):
    return zip_longest(*[iter(it)] * n, fillvalue=fill)
print(list(grouper("ABCDEFG", 3, "x")))
def unique_justseen(it):
    return [k for k, _ in groupby(it)]
print(unique_justseen("AAAABBBCCDAABBB"))
def sliding(it, n):
    it = iter(it)
    window = list(islice(it, n))
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window = window[1:] + [x]
        yield tuple(window)
print(list(sliding(range(6), 3)))
print(list(accumulate(range(1, 6), lambda a, b: a * b)), list(accumulate([3, 1, 4, 1, 5], max)))
print(["".join(p) for p in product("01", repeat=3)])
print(list(starmap(lambda a, b: a * b, zip(range(4), repeat(10)))))
runs = [(k, len(list(g))) for k, g in groupby(sorted("mississippi"))]
print(runs)
def roundrobin(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(roundrobin("ABC", "D", "EF")))
