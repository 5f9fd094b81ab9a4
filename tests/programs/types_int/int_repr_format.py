n = 1234567
print(format(n, ","), format(n, "_"), format(n, "x"), format(n, "X"), format(n, "#x"))
print(format(n, "o"), format(n, "#o"), format(n, "b"), format(n, "#b"), format(n, "_b"))
print(format(n, "10d"), format(n, "<10d") + "|", format(n, "^12d"), format(n, "010d"))
print(format(n, "+d"), format(-n, "+d"), format(n, " d"), format(-n, "=12d"))
print(format(n, "e"), format(n, ".2e"), format(n, "f"), format(n, "%"), format(n, "g"))
print(format(65, "c"), format(n, "n"), format(-255, "#x"), format(255, "#010x"))
print(f"{n:*>12,}", f"{n:_x}", f"{-n:,}", f"{0:#b}")
print(repr(-0), str(10 ** 25), repr(True + 1))
try:
    format(n, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(n, ",c")
except ValueError as e:
    print("ValueError:", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
print("%d %5d %-5d| %05d %+d %x %X %o %#x %#o" % (n, 42, 42, 42, 42, 255, 255, 8, 255, 8))
print("%i %u" % (3, 4), "%c%c" % (72, "i"))
print(bin(-5), hex(-255), oct(-8))
print(int.__repr__(5), (5).__format__("03"))
