# operator.itemgetter / attrgetter / methodcaller: calls, reprs, reduce, errors.
import copy
import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [("b", 2, {"k": 1}), ("a", 3, {"k": 0}), ("c", 1, {"k": 2})]
print(sorted(rows, key=itemgetter(1)), [itemgetter(0, 1)(r) for r in rows])
print(itemgetter(slice(1, 3))("abcd"), itemgetter("k")({"k": 5}), itemgetter(-1)([1, 2]))

class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

p = P("outer", P("inner"))
print(attrgetter("name")(p), attrgetter("inner.name")(p), attrgetter("name", "inner.name")(p))
print(methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "b", 1)("aaa"), methodcaller("upper")("x"))
print(methodcaller("to_bytes", 2, byteorder="big")(258))
print(repr(itemgetter(1, "a")), repr(attrgetter("a.b", "c")), repr(methodcaller("f", 1, k=2)))
print(itemgetter(1).__reduce__()[1], attrgetter("x").__reduce__()[1], methodcaller("m", 1).__reduce__()[1])
print(copy.copy(itemgetter(2))("abc"), copy.deepcopy(methodcaller("count", "a"))("banana"))
print(operator.itemgetter is itemgetter, type(itemgetter(1)).__name__, hash(itemgetter(1)) is not None)
for bad in (lambda: itemgetter(), lambda: attrgetter(1), lambda: attrgetter(), lambda: methodcaller(),
            lambda: methodcaller(3), lambda: itemgetter(5)([1]), lambda: attrgetter("zz")(p),
            lambda: itemgetter(1)(), lambda: itemgetter(1)([1, 2], [3])):
    try:
        print(bad())
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
