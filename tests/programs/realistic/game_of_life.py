def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}

def neighbors(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

def step(live):
    counts = {}
    for cell in live:
        for n in neighbors(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))

glider = parse("""
.#...
..#..
###..
""")
g = glider
for gen in range(5):
    print(f"gen {gen}: {len(g)} cells")
    print(render(g, 6, 6))
    g = step(g)
blinker = parse("###")
print(sorted(step(blinker)), step(step(blinker)) == blinker)
block = parse("##\n##")
print(step(block) == block)
rpent = parse(".##\n##.\n.#.")
pop = []
x = rpent
for _ in range(30):
    x = step(x)
    pop.append(len(x))
print(pop)
print(min(r for r, c in x), max(c for r, c in x))
