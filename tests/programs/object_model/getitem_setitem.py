class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        print("getitem", key)
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"{key} out of range")
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return (key.start, key.stop, key.step)
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]

g = Grid(3, 3)
g[1, 2] = "#"
print(g[1, 2], g[0, 0])
print(g[1:5], g[::2], g[:])
del g[1, 2]
print(g[1, 2])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    g["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)
g[0:2] = "slice"
print(sorted(map(str, g.cells)))
class RO:
    def __getitem__(self, k): return k
try:
    RO()[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del RO()[1]
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
