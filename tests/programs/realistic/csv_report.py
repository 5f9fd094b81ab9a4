import csv, io
RAW = """region,product,units,unit_price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,widget,7,2.75
south,gizmo,1,99.99
north,widget,5,2.50
east,"gadget, deluxe",2,15.00
"""
rows = list(csv.DictReader(io.StringIO(RAW)))
print(len(rows), rows[0])
totals = {}
for r in rows:
    key = (r["region"], r["product"])
    totals[key] = totals.get(key, 0) + int(r["units"]) * float(r["unit_price"])
for (region, product), amount in sorted(totals.items()):
    print(f"{region:<6} {product:<16} {amount:>8.2f}")
by_region = {}
for (region, _), amt in totals.items():
    by_region[region] = by_region.get(region, 0) + amt
print({k: round(v, 2) for k, v in sorted(by_region.items())})
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "total"])
for k, v in sorted(by_region.items()):
    w.writerow([k, f"{v:.2f}"])
w.writerow(["note", 'has "quotes", commas'])
print(out.getvalue(), end="")
dw = io.StringIO()
d = csv.DictWriter(dw, fieldnames=["a", "b"], lineterminator="\n")
d.writeheader()
d.writerows([{"a": 1, "b": 2}, {"a": "x,y", "b": None}])
print(dw.getvalue(), end="")
print(list(csv.reader(["a;b;c", "1;2;3"], delimiter=";")))
print(list(csv.reader(['"multi\nline",x'])) if False else list(csv.reader(io.StringIO('"multi\nline",x\n'))))
try:
    d.writerow({"zz": 1})
except ValueError as e:
    print("ValueError:", e)
