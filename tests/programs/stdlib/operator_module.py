import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(3), op.pos(-3))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.not_(0), op.truth([]))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.concat([1], [2]), op.getitem("abc", 1))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.iadd([1], [2]), op.imul("ab", 2), op.abs(-4), op.index(7), op.matmul if True else None)
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("xyz"), get02("xyz"), sorted([("b", 2), ("a", 1)], key=op.itemgetter(1)))
ag = op.attrgetter("real", "imag")
print(ag(3 + 4j), op.attrgetter("__class__.__name__")(5))
mc = op.methodcaller("split", ",", 1)
print(mc("a,b,c"), op.methodcaller("upper")("q"))
print(repr(op.itemgetter(1)), repr(op.attrgetter("x")), repr(op.methodcaller("f", 1, k=2)))
print(op.call(len, "abcd") if hasattr(op, "call") else 4, op.is_none(None) if hasattr(op, "is_none") else True)
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
print(op.length_hint([1, 2]), op.__name__)
