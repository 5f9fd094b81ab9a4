rows = [[1, 2], [3, 4]]
for r in rows:
    print(r[0] + r[1])
print(rows[0][2])
