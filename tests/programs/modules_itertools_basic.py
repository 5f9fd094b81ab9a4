import itertools as it
c = it.count()
print(next(c), next(c), repr(c))
c = it.count(5, 2); print(list(it.islice(c, 4)), c)
print(it.count(1.5, 0.5), list(it.islice(it.count(1.5, 0.5), 3)), it.count(step=3), it.count(10**20))
print(list(it.islice(it.cycle('abc'), 8)), list(it.cycle([])))
r = it.repeat('x', 3); print(r, list(r), r)
print(it.repeat(None), list(it.islice(it.repeat(7), 3)), list(it.repeat(1, -5)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=10)), list(it.accumulate([])), list(it.accumulate([], initial=5)))
print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])), list(it.chain()))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress('AB', [1, 1, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None])))
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')], [(k, len(list(g))) for k, g in it.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
groups = list(it.groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
g = it.groupby('aaabbb'); k1, g1 = next(g); print(k1, next(g1)); k2, g2 = next(g); print(k2, list(g2), list(g1))
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)), list(it.islice('ABCDEFG', 0, None, 2)), list(it.islice(range(10), 1, 8, 3)))
print(list(it.pairwise('ABCDE')), list(it.pairwise('A')), list(it.pairwise([])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = it.tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a), len(it.tee('abc', 3)), it.tee('x', 0))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest('ab', [1, 2, 3])), list(it.zip_longest()))
print(list(it.product('ab', range(2))), list(it.product([0, 1], repeat=2)), list(it.product()), list(it.product('ab', [])))
print(list(it.permutations('ABC', 2)), list(it.permutations(range(3))), list(it.permutations('ab', 3)), list(it.permutations([], 0)))
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)), list(it.combinations('abc', 0)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement('ab', 0)))
print(list(it.batched('ABCDEFG', 3)), list(it.batched([], 2)), list(it.batched(range(4), n=2, strict=True)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))), sum(1 for _ in it.product(range(3), repeat=4)))
for bad in [lambda: it.count('a'), lambda: it.islice('abc', -1), lambda: it.islice('abc', 0, 5, 0), lambda: list(it.batched('abc', 2, strict=True)),
            lambda: it.batched('abc', 0), lambda: it.permutations('abc', -1), lambda: it.combinations('abc'), lambda: it.product('a', repeat=-1),
            lambda: it.chain(1, 2).__next__(), lambda: it.repeat(), lambda: it.cycle(5), lambda: it.islice('a', 'b')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(it.chain()).__name__, isinstance(it.count(), it.count), it.chain.__name__, repr(it.islice))
class MyCount(it.count):
    pass
m = MyCount(3)
print(next(m), next(m), type(m).__name__, m)
def gen():
    yield 1
    yield 2
print(list(it.chain(gen(), gen())), sorted(it.chain({3, 1}, {2})))
x = it.accumulate(range(5)); print(next(x), list(x))
print(list(zip(it.count(), 'abc')), dict(zip('ab', it.repeat(0))))
