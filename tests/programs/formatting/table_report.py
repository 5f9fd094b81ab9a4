rows = [("Widget", 4, 3.5), ("Gadget with long name", 12, 0.25), ("Thing", 100, 12.0)]
header = f"{'Item':<15}|{'Qty':>5}|{'Price':>8}|{'Total':>9}"
print(header)
print("-" * len(header))
grand = 0
for name, q, p in rows:
    t = q * p
    grand += t
    short = name if len(name) <= 15 else name[:12] + "..."
    print(f"{short:<15}|{q:>5d}|{p:>8.2f}|{t:>9,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<15}|{'':>5}|{'':>8}|{grand:>9,.2f}")
print("{:^40}".format(" centered "))
print("|".join(f"{n:^5}" for n in range(5)))
for i in range(1, 4):
    print(" ".join(f"{i * j:3d}" for j in range(1, 8)))
print(f"{0.1234:.1%} {12345.6789:,.1f} {1e6:.2e} {255:#06x} {5:b>4}")
