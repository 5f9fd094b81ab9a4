stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
    print(tok, stack)
queue = list(range(5))
order = []
while queue:
    x = queue.pop(0)
    order.append(x)
    if x % 2 == 0 and x < 4:
        queue.append(x + 10)
print(order)
def rotate(lst, k):
    k %= len(lst)
    return lst[-k:] + lst[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1], 100))
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [row[::-1] for row in m], m[::-1])
chunks = [list(range(10))[i:i + 3] for i in range(0, 10, 3)]
print(chunks, sum(chunks, []), [x for c in chunks for x in c] == list(range(10)))
dedup = list(dict.fromkeys([3, 1, 3, 2, 1]))
print(dedup, [i for i, v in enumerate("abcab") if v == "a"])
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
c = b
c += [5]
print(b, c is b)
