print([1, "two", 3.0, None, True, [4], (5,), {6}, {"7": 8}, b"9", 1j])
print((), (1,), ([],), {}, set(), frozenset(), [()], [[]], {1: ()})
print(repr("quote's"), repr(['a"b', "c'd"]), str(["x"]), str(("y",)))
print({"nested": {"deep": {"deeper": [1, {2: 3}]}}})
class R:
    def __repr__(self): return "R!"
    def __str__(self): return "str-R"
print([R()], (R(),), {R(): R()} if False else {"k": R()}, R(), f"{R()}", str([R()]))
print(range(3), slice(1, 2), type, int, len, None, Ellipsis, NotImplemented)
print(repr(1.0), repr(-0.0), repr(1e-7), repr(1.5e300), [1e16, 1e-5, 0.1])
import collections
print(collections.OrderedDict(a=1), collections.Counter("aab"), collections.deque([1, 2]), collections.defaultdict(int, {"a": 1}))
