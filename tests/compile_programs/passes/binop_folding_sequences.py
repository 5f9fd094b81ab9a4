# BINARY_OP on str/bytes/tuple constants: concatenation, repetition limits, subscripts, no %.
a = "ab" + "cd", b"ab" + b"cd", (1, 2) + (3,), "" + ""
b = "ab" * 2048
c = "ab" * 2049
d = b"x" * 4096, b"x" * 4097
e = "ab" * -1, "" * -1, "" * 10, 3 * "xy", True * "z", "z" * False
f = (1, 2) * 128
g = (1, 2) * 129
h = ((1, 2, 3),) * 200
i = ((1, 2, 3, 4),) * 250
j = "abc"[1], "abc"[-1], "abc"[5], b"abc"[0], (1, 2, 3)[1], ((1, 2), 3)[0], "abc"[True]
k = "%s" % 1, b"%s" % b"x", "%d%%" % (5,)
l = "ab" * 2.0 if 0 else 1
m = "é" * 3, "€x"[0], "a\U0001F600b"[1]
n = "abc"[::-1], (1, 2, 3, 4)[::2], b"abcd"[1::2], "abcdef"[-2::-2]
