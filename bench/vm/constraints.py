# A constraint solver: sudoku puzzles solved by constraint propagation (each cell keeps a
# set of candidate digits; single candidates are eliminated from peers) and depth-first
# search on the cell with the fewest candidates. Puzzles are generated from a solved grid
# by an LCG, so the run is deterministic. Measures: sets, dicts keyed by tuples, recursion,
# copying dicts of sets, string building.

DIGITS = frozenset(range(1, 10))
CELLS = [(r, c) for r in range(9) for c in range(9)]
UNITS = {}
PEERS = {}
for cell in CELLS:
    r, c = cell
    row = [(r, k) for k in range(9)]
    col = [(k, c) for k in range(9)]
    br, bc = 3 * (r // 3), 3 * (c // 3)
    box = [(br + i, bc + j) for i in range(3) for j in range(3)]
    UNITS[cell] = (row, col, box)
    PEERS[cell] = frozenset(row + col + box) - {cell}


class Contradiction(Exception):
    pass


def assign(cands, cell, d):
    for other in list(cands[cell] - {d}):
        eliminate(cands, cell, other)


def eliminate(cands, cell, d):
    here = cands[cell]
    if d not in here:
        return
    here = here - {d}
    cands[cell] = here
    if not here:
        raise Contradiction(cell)
    if len(here) == 1:
        (only,) = here
        for p in PEERS[cell]:
            eliminate(cands, p, only)
    for unit in UNITS[cell]:
        places = [c for c in unit if d in cands[c]]
        if not places:
            raise Contradiction(unit)
        if len(places) == 1 and len(cands[places[0]]) > 1:
            assign(cands, places[0], d)


def search(cands, stats):
    stats[0] += 1
    best = None
    for cell in CELLS:
        n = len(cands[cell])
        if n > 1 and (best is None or n < len(cands[best])):
            best = cell
    if best is None:
        return cands
    for d in sorted(cands[best]):
        trial = dict(cands)
        try:
            assign(trial, best, d)
        except Contradiction:
            stats[1] += 1
            continue
        result = search(trial, stats)
        if result is not None:
            return result
    return None


def solve(grid):
    cands = {cell: DIGITS for cell in CELLS}
    for cell, d in grid.items():
        assign(cands, cell, d)
    stats = [0, 0]
    result = search(cands, stats)
    return result, stats


class Lcg:
    def __init__(self, seed):
        self.s = seed

    def below(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.s >> 33) % n


def base_solution():
    return {(r, c): (r * 3 + r // 3 + c) % 9 + 1 for r, c in CELLS}


def shuffled_solution(rng):
    grid = base_solution()
    perm = list(range(1, 10))
    for i in range(8, 0, -1):
        j = rng.below(i + 1)
        perm[i], perm[j] = perm[j], perm[i]
    band = [0, 1, 2]
    for i in range(2, 0, -1):
        j = rng.below(i + 1)
        band[i], band[j] = band[j], band[i]
    return {(r, c): perm[grid[(band[r // 3] * 3 + r % 3, c)] - 1] for r, c in CELLS}


def make_puzzle(rng, keep):
    full = shuffled_solution(rng)
    cells = CELLS[:]
    for i in range(len(cells) - 1, 0, -1):
        j = rng.below(i + 1)
        cells[i], cells[j] = cells[j], cells[i]
    return {cell: full[cell] for cell in cells[:keep]}


def render(cands):
    return "".join(str(next(iter(cands[cell]))) for cell in CELLS)


def main():
    rng = Lcg(7)
    total_nodes = total_fail = 0
    digest = 0
    solved = 0
    for i in range(400):
        puzzle = make_puzzle(rng, 22 + i % 6)
        result, (nodes, fails) = solve(puzzle)
        total_nodes += nodes
        total_fail += fails
        if result is not None:
            solved += 1
            text = render(result)
            for ch in text:
                digest = (digest * 131 + ord(ch)) % 1000000007
    print("solved", solved, "nodes", total_nodes, "dead ends", total_fail, "digest", digest)


main()
