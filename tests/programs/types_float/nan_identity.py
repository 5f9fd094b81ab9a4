# Each NaN is its own object: identity shortcuts in containers find the same NaN only.
import math, struct, array

x = float("nan")
y = float("nan")
print(x is x, x is y, x == x, x != x)
print(x in [x], y in [x], [x] == [x], [x] == [y], (1, x) == (1, x), (x,) == (y,))
print([x, y, x].count(x), [x, y].index(y))
d = {x: "first"}
print(d.get(x), d.get(y), y in d, len({x, y, x}), len({float("nan") for _ in range(3)}))
d[y] = "second"
print(len(d), d[x], d[y])
print(float(x) is x, +x is x, -x is x, abs(x) is x, x + 1 is x, x * 0 is x)
inf = float("inf")
z = inf - inf
print(z is z, z is inf - inf, math.isnan(z), math.isnan(inf * 0))
print(math.nan is math.nan, math.isnan(math.nan), math.nan in [math.nan], float("nan") in [math.nan])
print(math.copysign(1, float("-nan")), math.copysign(1, -x), math.copysign(1, x))
print(id(x) == id(x), id(x) == id(y), hash(x) == hash(x))
print(struct.pack("<d", x), struct.pack(">f", y), struct.pack("<e", -x))
print(array.array("d", [x, y]).tobytes())
a = struct.unpack("<d", struct.pack("<d", x))[0]
print(math.isnan(a), a is x, repr(a), repr(-a), str(x), f"{x:.3f}", format(y, "e"))
c = complex(x, 1.0)
print(c.real is c.real, math.isnan(c.real), c == c, c != c)
try:
    print(float("+-nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([3.0, x, 1.0])[1] == 1.0 or True, max(x, 1.0) is x, min(1.0, x) == 1.0)
print(sum([1.0, x]) is x, math.fsum([1.0, 2.0]), math.isnan(math.fsum([x])))
t = (1, x)
print({t: 1}.get((1, x)), {(1, x): 2}.get((1, y)), {c: 3}.get(c), [c] == [c], (c,) == (c,))
print({"k": x} == {"k": x}, {"k": x} == {"k": y}, [[x]] == [[x]], [[x]] == [[y]])
