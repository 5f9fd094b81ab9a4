n = 123456789
print(f"{n:_}", f"{n:,}", f"{n:_x}", f"{n:_b}", f"{n:_o}", f"{255:#06x}", f"{255:#010b}", f"{-42:=+8}")
print(f"{1234:010,}", f"{-1234.5:012,.1f}", f"{0.5:z.0f}", f"{-0.0:z}", f"{-0.001:z.1f}", f"{3.0:.3}", f"{12.0:.2}")
print(f"{65:c}", f"{9731:^5c}", f"{1234567:n}", f"{1234.5:n}", f"{0.25:%}", f"{0.25:.1%}", f"{1e20:g}", f"{1e-5:G}")
print(f"{'abc':>6}|{'abc':<6}|{'abc':^7}|{'abc':*^7}|{'abcdef':.3}|{'x':☃>3}")
print(f"{3.14159:+.2e}", f"{-3.14159: .3f}", f"{1.5:#.0f}", f"{10:#.0e}", f"{float('inf'):>6}", f"{float('nan'):+}")
print(format(True, "d"), format(True, "^5"), format(False), format(1 + 2j, ".1f"), format(1j, ">6"), format(-1.5 - 2j))
print(format(2 ** 70, ","), format(-(2 ** 64), "_x"), format(10 ** 30, ".3e"))
for spec, value in (("z", 1), (",c", 65), ("=", "s"), ("+", "s"), ("#", "s"), (".2", 5), ("q", 1.0), (",n", 1), ("_,", 1), ("c", -1), ("x", 1.5)):
    try:
        format(value, spec)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Money:
    def __format__(self, spec):
        return "$" + spec
print(f"{Money():>10}", "{:x}".format(Money()), format(Money()))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
