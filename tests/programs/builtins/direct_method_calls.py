# Built-in methods called the short way (an exact built-in receiver, the argument count the
# method takes): set.add/discard/remove, dict.keys/values/items, str.lower/upper, against
# the same calls through subclasses, bound methods, the unbound descriptor and errors.


class S(set):
    pass


class D(dict):
    def keys(self):
        return ["overridden"]


class T(str):
    pass


s = set()
for i in range(6):
    s.add(i % 4)
    s.add((i, "t"))
print(sorted(s, key=repr))
s.discard(99)
s.discard(3)
s.remove(2)
print(sorted(s, key=repr))
for bad in ([1], {}, set()):
    for m in (s.add, s.discard, s.remove):
        try:
            m(bad)
            print("ok", sorted(s, key=repr))
        except (TypeError, KeyError) as e:
            print(type(e).__name__ + ":", e)
print(set() in s, frozenset() in s, {1} in {frozenset({1})})
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    s.remove((1, 2))
except KeyError as e:
    print("KeyError:", e)
try:
    s.add()
except TypeError as e:
    print("TypeError:", e)
try:
    s.add(1, 2)
except TypeError as e:
    print("TypeError:", e)

sub = S([1])
sub.add(2)
set.add(sub, 3)
add = sub.add
add(4)
print(sorted(sub), type(sub).__name__)
frozen = frozenset([1])
try:
    set.add(frozen, 2)
except TypeError as e:
    print("TypeError:", e)

d = {"a": 1, "b": 2}
for _ in range(2):
    print(d.keys(), d.values(), d.items())
    print(list(d.keys()), list(d.values()), list(d.items()))
dd = D(x=1)
print(dd.keys(), dict.keys(dd), dd.values(), dd.items())
try:
    d.keys(1)
except TypeError as e:
    print("TypeError:", e)

for text in ["Hello World", "ÀÉÎ straße", "ǅ", "", "ﬁ"]:
    print(repr(text.lower()), repr(text.upper()))
lone = "a\udc80B"
print(repr(lone.lower()), repr(lone.upper()))
print(repr(T("MiXeD").lower()), repr(T("MiXeD").upper()), type(T("x").lower()).__name__)
print(str.lower("ABC"), str.upper("abc"))
try:
    "a".lower(1)
except TypeError as e:
    print("TypeError:", e)
try:
    str.upper(5)
except TypeError as e:
    print("TypeError:", e)

# Positional calls of strip/split/startswith/endswith/find, dict.get and list.pop.
for text in ["  padded  ", "xxhixx", "a\udc80b \udc80", ""]:
    print(repr(text.strip()), repr(text.lstrip("x ")), repr(text.rstrip("x \udc80")), text.split(), text.split("x", 1))
    print(text.startswith("x"), text.endswith(("x", " ")), text.find("h"), text.find("\udc80"), text.startswith("h", 2, 5))
for bad in [(1,), ("a", "b", "c", "d")]:
    for m in ("strip", "split", "startswith", "find"):
        try:
            getattr("abc", m)(*bad)
        except TypeError as e:
            print("TypeError:", e)
d = {"k": 1}
print(d.get("k"), d.get("z"), d.get("z", 0), d.get(("t",), "dflt"))
for args in [(), ("a", 1, 2), ([],)]:
    try:
        d.get(*args)
    except TypeError as e:
        print("TypeError:", e)
lst = [1, 2, 3, 4]
print(lst.pop(), lst.pop(0), lst.pop(-1), lst)
for args in [(5,), ("x",), (1, 2)]:
    try:
        lst.pop(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)

# join, replace, count and setdefault called positionally.
parts = ["a", "b\udc80", "c"]
print(repr(",".join(parts)), repr("\udc80".join(["x", "y"])), "-".join(c for c in "xyz"), "".join([]))
for args in [(), ([1],), ("ab", "cd")]:
    try:
        ",".join(*args)
    except TypeError as e:
        print("TypeError:", e)
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "a\udc80a".replace("\udc80", "-"), "banana".count("an"), "banana".count("a", 2), "a\udc80\udc80".count("\udc80"))
for args in [("a",), (1, "b"), ("a", "b", "c")]:
    try:
        "banana".replace(*args)
    except TypeError as e:
        print("TypeError:", e)
dd = {}
print(dd.setdefault("k", []), dd.setdefault("k", 5), dd.setdefault("n"), dd)
for args in [(), ([],), (1, 2, 3)]:
    try:
        dd.setdefault(*args)
    except TypeError as e:
        print("TypeError:", e)
