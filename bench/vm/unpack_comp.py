# Unpacking and comprehensions: tuple swaps and multiple assignment, starred unpacking
# in assignments and calls, dict/set/list comprehensions with conditions and nesting,
# zip/enumerate in comprehensions, dict merging with ** and |, and sorting tuples.
# Measures: UNPACK_SEQUENCE/UNPACK_EX, BUILD_* with spreads, inlined comprehensions.


def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        a, b = b, (a + b) % 1000003
        out.append((a, b))
    return out


def rotate(points):
    return [(y, -x, z) for x, y, z in points]


def split_head(rows):
    total = 0
    for first, *middle, last in rows:
        total += first + len(middle) * 3 + last
    return total


def stats(*values, **opts):
    scale = opts.get("scale", 1)
    lo, *_, hi = sorted(values)
    return (hi - lo) * scale


def matrix_ops(n):
    m = [[(i * n + j) % 17 for j in range(n)] for i in range(n)]
    t = [list(col) for col in zip(*m)]
    prod = [[sum(a * b for a, b in zip(row, col)) for col in t] for row in m]
    diag = [prod[i][i] for i in range(n)]
    return sum(diag), sum(map(sum, prod))


def main():
    pairs = fib_pairs(200000)
    evens = {a: b for a, b in pairs if a % 2 == 0}
    odd_set = {b % 1000 for a, b in pairs if a % 2}
    print("fib", len(evens), len(odd_set), sum(a for a, _ in pairs) % 1000003)

    points = [(i, i * 2 % 97, i * 3 % 89) for i in range(100000)]
    for _ in range(8):
        points = rotate(points)
    print("rotate", sum(x - y + z for x, y, z in points))

    rows = [tuple(range(i % 7 + 2)) for i in range(300000)]
    print("starred", split_head(rows))

    s = 0
    for i in range(150000):
        vals = (i % 5, i % 11, i % 3, *range(i % 4))
        s += stats(*vals, scale=2)
    print("stats", s)

    base = {f"k{i}": i for i in range(200)}
    merged = 0
    for i in range(5000):
        extra = {f"k{j}": j * i for j in range(i % 50)}
        d = {**base, **extra}
        e = base | extra
        merged += len(d) + sum(d.values()) % 1000 + len(e)
    print("merge", merged)

    words = [f"w{i % 97}x{i % 13}" for i in range(200000)]
    index = {}
    for pos, w in enumerate(words):
        index.setdefault(w, []).append(pos)
    groups = sorted(((len(v), k) for k, v in index.items()), reverse=True)[:3]
    firsts = [k for k, (first, *rest) in sorted(index.items()) if first < 30 and rest]
    print("index", groups, len(firsts))

    print("matrix", matrix_ops(80))

    grid = [[(x, y) for x in range(150)] for y in range(150)]
    flat = [x * y for row in grid for x, y in row if (x + y) % 3 == 0]
    nested = {(x, y): x ^ y for row in grid for (x, y) in row if x != y}
    print("grid", len(flat), sum(flat), len(nested), sum(nested.values()))


main()
