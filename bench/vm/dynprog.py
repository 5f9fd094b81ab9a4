# Dynamic programming: edit distance between generated strings, longest common
# subsequence with reconstruction, 0/1 knapsack, and counting lattice paths with
# obstacles. Measures: 2D lists and row reuse, min/max of small ints, nested range loops,
# string indexing.


def gen_string(seed, n, alphabet):
    s = seed
    out = []
    for _ in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(alphabet[(s >> 10) % len(alphabet)])
    return "".join(out)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]


def lcs(a, b):
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = table[i], table[i + 1]
        ai = a[i]
        for j in range(m - 1, -1, -1):
            if ai == b[j]:
                row[j] = below[j + 1] + 1
            else:
                row[j] = max(below[j], row[j + 1])
    out = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            cand = best[c - weight] + value
            if cand > best[c]:
                best[c] = cand
    return best[capacity]


def lattice_paths(n, blocked):
    ways = [[0] * n for _ in range(n)]
    ways[0][0] = 1
    for y in range(n):
        for x in range(n):
            if (x, y) in blocked:
                ways[y][x] = 0
                continue
            if x:
                ways[y][x] += ways[y][x - 1]
            if y:
                ways[y][x] += ways[y - 1][x]
    return ways[n - 1][n - 1]


def main():
    a = gen_string(1, 1500, "ACGT")
    b = gen_string(2, 1400, "ACGT")
    print("edit", edit_distance(a, b))
    common = lcs(a, b)
    print("lcs", len(common), common[:24])
    s = 5
    items = []
    for _ in range(150):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        items.append((1 + (s >> 8) % 40, 1 + (s >> 16) % 100))
    print("knapsack", knapsack(items, 6000))
    blocked = {(x, y) for x in range(301) for y in range(301) if (x * 7 + y * 13) % 19 == 5}
    print("paths", lattice_paths(301, blocked) % 1000000007)


main()
