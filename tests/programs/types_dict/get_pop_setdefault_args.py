# dict.get, dict.pop and dict.setdefault take their key and default positionally only,
# with CPython's messages for keywords and for too few or too many arguments; their
# results on present and missing keys, for dicts and a dict subclass.
d = {1: "one", "k": None}
calls = [
    ("get(1)", lambda: d.get(1)),
    ("get(2)", lambda: d.get(2)),
    ("get(2, 'x')", lambda: d.get(2, "x")),
    ("get('k', 'x')", lambda: d.get("k", "x")),
    ("get()", lambda: d.get()),
    ("get(1, 2, 3)", lambda: d.get(1, 2, 3)),
    ("get(1, 2, 3, 4)", lambda: d.get(1, 2, 3, 4)),
    ("get(key=1)", lambda: d.get(key=1)),
    ("get(1, default=5)", lambda: d.get(1, default=5)),
    ("get([])", lambda: d.get([])),
    ("setdefault(3)", lambda: d.setdefault(3)),
    ("setdefault(4, 'four')", lambda: d.setdefault(4, "four")),
    ("setdefault(4, 'again')", lambda: d.setdefault(4, "again")),
    ("setdefault()", lambda: d.setdefault()),
    ("setdefault(1, 2, 3)", lambda: d.setdefault(1, 2, 3)),
    ("setdefault(key=1)", lambda: d.setdefault(key=1)),
    ("pop(4)", lambda: d.pop(4)),
    ("pop(4)", lambda: d.pop(4)),
    ("pop(4, 'gone')", lambda: d.pop(4, "gone")),
    ("pop()", lambda: d.pop()),
    ("pop(1, 2, 3)", lambda: d.pop(1, 2, 3)),
    ("pop(5, default=5)", lambda: d.pop(5, default=5)),
    ("dict.get(d, 1)", lambda: dict.get(d, 1)),
    ("dict.get(1, 1)", lambda: dict.get(1, 1)),
]
for text, call in calls:
    try:
        print(text, "->", repr(call()))
    except (TypeError, KeyError) as e:
        print(text, "->", type(e).__name__, e)
print(d)

class D(dict):
    def __missing__(self, key):
        return "missing"

e = D(a=1)
print(e.get("a"), e.get("b"), e["b"], e.setdefault("c", 3), e.pop("a"), e)
try:
    e.get(a=1)
except TypeError as err:
    print("TypeError:", err)
