x = 1234.5678
print(f"{x:.2f}|{x:10.1f}|{x:<10.3f}|{x:^12.2f}|{x:+.0f}|{x:010.2f}")
print(f"{x:e}|{x:.3e}|{x:E}|{x:g}|{x:.3g}|{x:G}|{x:.10g}")
print(f"{x:,.2f}|{x:_.1f}|{x:%}|{0.256:.1%}|{x:n}")
print(f"{1e-7:g}|{1e16:g}|{1e15:g}|{123456.0:g}|{1234567.0:g}|{0.0001:g}|{0.00001:g}")
print(f"{float('nan'):f}|{float('inf'):e}|{-float('inf'):G}|{float('nan'):>6}")
print(f"{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|{-0.0:f}|{-0.0:+.1f}|{0.0:z.1f}|{-0.00001:z.2f}")
print(f"{x:#.0f}|{x:#g}|{3.0:#g}|{3.0:g}|{3.0}|{x!r:>12}")
print(f"{x:=+12.2f}|{x:*^14.1f}|{-x: .1f}|{x: .1f}")
print(format(1e300, ".2f")[:20], len(format(1e300, "f")))
print(format(2.5), format(2.5, ""), format(1e20, ""), format(1e16, "r") if False else repr(1e16))
print("%.3f %10.2e %-8.1f| %g %G %5.1f%%" % (x, x, x, 1e-5, 1e20, 99.5))
print("%s %r" % (0.1, 1 / 3))
print("{:.2f} {:>8.3f} {:.0e}".format(3.14159, 2.71828, 12345.0))
try:
    format(x, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(x, ".2q")
except ValueError as e:
    print("ValueError:", e)
print(round(x, 2), str(round(x, 3)), f"{12.0:.2}", f"{1234.0:.2}")
