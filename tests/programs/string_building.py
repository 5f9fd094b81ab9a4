rows = []
for i in range(1, 4):
    rows.append(" | ".join(f"{i * j:2d}" for j in range(1, 4)))
print("\n".join(rows))
print("-" * 12)
print("%s has %d chars" % ("krait", len("krait")))
