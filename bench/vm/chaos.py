# Chaos game: points jump toward randomly chosen corners of affine maps (an iterated
# function system: a Sierpinski triangle, a fern and a hexagonal snowflake), and land in a
# character grid. Randomness from an own LCG. Measures: small-object method calls
# (Point, Map), float math, tuple returns, list-of-lists indexing, str join.


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def uniform(self):
        return self.next() / 2147483648.0


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Map:
    """x' = a x + b y + e, y' = c x + d y + f, chosen with weight `p`."""

    def __init__(self, a, b, c, d, e, f, p):
        self.a, self.b, self.c, self.d, self.e, self.f, self.p = a, b, c, d, e, f, p

    def apply(self, pt):
        return Point(self.a * pt.x + self.b * pt.y + self.e, self.c * pt.x + self.d * pt.y + self.f)


class System:
    def __init__(self, maps):
        self.maps = maps
        total = sum(m.p for m in maps)
        acc = 0.0
        self.cumulative = []
        for m in maps:
            acc += m.p / total
            self.cumulative.append(acc)

    def pick(self, rng):
        u = rng.uniform()
        for i, c in enumerate(self.cumulative):
            if u < c:
                return self.maps[i]
        return self.maps[-1]

    def render(self, rng, steps, width, height):
        pt = Point(0.0, 0.0)
        xs, ys = [], []
        # a first pass finds the bounding box
        for _ in range(2000):
            pt = self.pick(rng).apply(pt)
            xs.append(pt.x)
            ys.append(pt.y)
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        sx = (width - 1) / ((x1 - x0) or 1.0)
        sy = (height - 1) / ((y1 - y0) or 1.0)
        grid = [[0] * width for _ in range(height)]
        for _ in range(steps):
            pt = self.pick(rng).apply(pt)
            col = int((pt.x - x0) * sx)
            row = int((y1 - pt.y) * sy)
            if 0 <= col < width and 0 <= row < height:
                grid[row][col] += 1
        return grid


def shade(grid):
    ramp = " .:-=+*#%@"
    peak = max(max(r) for r in grid) or 1
    return ["".join(ramp[min(9, v * 10 // peak)] for v in row) for row in grid]


def checksum(lines):
    h = 0
    for line in lines:
        for ch in line:
            h = (h * 31 + ord(ch)) % 1000000007
    return h


def main():
    third = 1.0 / 3.0
    systems = {
        "sierpinski": System([Map(0.5, 0, 0, 0.5, 0, 0, 1), Map(0.5, 0, 0, 0.5, 0.5, 0, 1),
                              Map(0.5, 0, 0, 0.5, 0.25, 0.5, 1)]),
        "fern": System([Map(0, 0, 0, 0.16, 0, 0, 0.01), Map(0.85, 0.04, -0.04, 0.85, 0, 1.6, 0.85),
                        Map(0.2, -0.26, 0.23, 0.22, 0, 1.6, 0.07),
                        Map(-0.15, 0.28, 0.26, 0.24, 0, 0.44, 0.07)]),
        "snowflake": System([Map(third, 0, 0, third, 0, 0, 1)]
                            + [Map(third, 0, 0, third, dx, dy, 1)
                               for dx, dy in ((0.667, 0), (0.333, 0.577), (-0.333, 0.577),
                                              (-0.667, 0), (-0.333, -0.577), (0.333, -0.577))]),
    }
    rng = Rng(20240601)
    for name, system in systems.items():
        lines = shade(system.render(rng, 360000, 64, 32))
        print(name, checksum(lines), sum(line.count("@") for line in lines))


main()
