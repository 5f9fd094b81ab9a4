# Sorting: hand-written merge sort, quicksort and heapsort on LCG data, checked against
# the builtin sorted(); then builtin sorts with key functions, reverse, tuples and strings,
# and stability checks. Measures: list indexing and slicing, comparisons, recursion,
# while loops, builtin sort with Python key callbacks.


def data(seed, n, mod):
    s = seed
    out = []
    for _ in range(n):
        s = (s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        out.append((s >> 33) % mod)
    return out


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(xs, lo, hi):
    while lo < hi:
        pivot = xs[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while xs[i] < pivot:
                i += 1
            while xs[j] > pivot:
                j -= 1
            if i <= j:
                xs[i], xs[j] = xs[j], xs[i]
                i += 1
                j -= 1
        # recurse on the smaller half, loop on the larger
        if j - lo < hi - i:
            quicksort(xs, lo, j)
            lo = i
        else:
            quicksort(xs, i, hi)
            hi = j


def heapsort(xs):
    n = len(xs)

    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and xs[child] < xs[child + 1]:
                child += 1
            if xs[root] < xs[child]:
                xs[root], xs[child] = xs[child], xs[root]
                root = child
            else:
                return

    for start in range(n // 2 - 1, -1, -1):
        sift(start, n)
    for end in range(n - 1, 0, -1):
        xs[0], xs[end] = xs[end], xs[0]
        sift(0, end)


def main():
    xs = data(3, 100000, 1000000)
    expect = sorted(xs)
    print("merge", merge_sort(xs) == expect)
    q = xs[:]
    quicksort(q, 0, len(q) - 1)
    print("quick", q == expect)
    h = xs[:]
    heapsort(h)
    print("heap", h == expect)

    words = ["".join(chr(97 + (v >> k) % 26) for k in (0, 5, 10, 15)) for v in data(9, 100000, 1 << 20)]
    by_key = sorted(words, key=lambda w: (w[1], w[::-1]))
    rev = sorted(words, reverse=True)
    pairs = sorted(zip(data(4, 100000, 50), range(100000)), key=lambda p: p[0])
    stable = all(pairs[i][1] < pairs[i + 1][1] for i in range(len(pairs) - 1)
                 if pairs[i][0] == pairs[i + 1][0])
    recs = [(w, len(set(w)), i) for i, w in enumerate(words)]
    recs.sort(key=lambda r: r[1])
    recs.sort(key=lambda r: r[0][0], reverse=True)
    print("keys", by_key[0], by_key[-1], rev[0], stable, recs[0], recs[-1])
    total = 0
    for i in range(1000):
        chunk = xs[i * 100:(i + 1) * 100]
        chunk.sort()
        total += chunk[50] - chunk[49] + min(chunk) + max(chunk)
    print("chunks", total)


main()
