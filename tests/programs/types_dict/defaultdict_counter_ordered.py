from collections import defaultdict, Counter, OrderedDict, ChainMap
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["zz"], dd.default_factory)
dc = defaultdict(int)
for ch in "mississippi":
    dc[ch] += 1
print(sorted(dc.items()))
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError:", e)
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6], c.total())
c.update("aaz")
c.subtract({"a": 10})
print(sorted(c.items()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) & Counter(a=1), Counter(a=1) | Counter(a=2))
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, od.popitem(last=False), list(od))
od.move_to_end("c", last=False)
print(list(od), od == OrderedDict(c=3, a=1), od == {"a": 1, "c": 3})
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 4
print(cm.maps[0], cm.new_child({"a": 0})["a"], cm.parents["a"])
