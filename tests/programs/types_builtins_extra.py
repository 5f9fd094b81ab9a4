print(sorted([3, 1, 2], key=lambda x: -x), min([3, 1, 2], key=lambda x: -x), max([], default=7), min(4, 2, 3), max("abc"))
try:
    min([])
except ValueError as e:
    print(e)
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), start=1))
print(list(enumerate("ab", start=5)), list(enumerate("ab", 1)), list(zip("ab", [1, 2])))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("a", [1, 2], strict=True))
except ValueError as e:
    print(e)
it = iter([1, 2, 3, 4])
print(list(iter(lambda: next(it), 3)))
print(isinstance(1, (str, int)), isinstance("a", (list, (dict, str))), issubclass(bool, (int,)))
print("a", "b", sep="-", end="!\n")
print("x", flush=True)
import sys
print("to stdout", file=sys.stdout)
print(repr("a'b"), repr('a"b'), repr("a'\"b"), ascii("héllo"), repr("\x00\n\t\\"), repr("\u200b"))
print(chr(65), ord("A"), chr(0x1F600) == "\U0001F600")
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    ord("")
except TypeError as e:
    print(e)
print(format(3.5), format("x", ">3"), format(12, ""), format(True), format(None))
print(bin(2**70), oct(-8), hex(0))
print(str(b"abc", "utf-8"), str(b"abc"), str(1.5), str([1, "a"]))
print(any([]), all([]), callable(len), callable(1))
print(divmod(-7, 2), divmod(7.0, -2), divmod(2**70, 7))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
print(abs(True), abs(-0.0), pow(10, -2), pow(0, 0))
print(max([1, 3, 2], key=lambda x: x % 3), min("b", "a", key=str.upper), max([(1, "a"), (1, "b")]))
try:
    max(1)
except TypeError as e:
    print(e)
print(sorted("bca"), sorted({3: 1, 1: 2}), sorted([1, 2], reverse=1))
