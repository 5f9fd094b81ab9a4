# Dicts whose keys churn: deleted entries leave holes that are squeezed out as the dict
# grows again; order, lookups and views must not notice. Small dicts (no hash table) and
# large ones, instance dicts growing past the size their class first saw.
d = {}
for i in range(100000):
    d[i] = i
    if i >= 5:
        del d[i - 5]
print(len(d), list(d.items()))
d = {}
for i in range(20):
    d[str(i)] = i
for i in range(0, 20, 2):
    del d[str(i)]
print(d, len(d))
for i in range(30):
    d[i] = -i
    del d[i]
print(d)
e = dict.fromkeys("abcdefghijklmnop")
for k in "acegikmo":
    del e[k]
e["z"] = 1
print(list(e), e.pop("b"), e.popitem(), e)
class O: pass
o = O()
for i in range(20):
    setattr(o, f"a{i}", i)
print(vars(o))
o2 = O(); o2.x = 1; print(vars(o2))
s = set(range(50)); s -= set(range(0, 50, 3)); print(sorted(s)[:5], len(s))
try:
    for k in d:
        d["new"] = 1
except RuntimeError as ex:
    print(ex)
