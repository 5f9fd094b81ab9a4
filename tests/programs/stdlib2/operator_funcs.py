# operator: the built-in functions of _operator and the classes of operator.py.
import operator

print(operator.add(1, 2), operator.sub(5, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-4), operator.invert(5), operator.inv(0))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(256, 4))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.gt(3, 2), operator.ge(1, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
print(operator.contains([1, 2], 2), operator.getitem({"k": 3}, "k"), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1))
x = [1, 2, 3]
operator.setitem(x, 0, 9)
operator.delitem(x, 1)
print(x, operator.iadd([1], [2]), operator.iconcat([1], [3]), operator.imul([0], 3))
print(operator.add, operator.__add__ is operator.add, operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3))
print(operator.methodcaller("split", ",")("a,b"), operator.length_hint([1, 2]), operator.call(len, "abc"))
for bad in (lambda: operator.add(1), lambda: operator.add(1, "a"), lambda: operator.index(1.5), lambda: operator.neg("x")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
