data = bytearray(b"abcdefgh")
m = memoryview(data)
print(len(m), m[0], m[-1], bytes(m[2:5]), m.tobytes(), m.tolist()[:3], m.hex())
print(m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.contiguous)
m[0] = ord("A")
m[1:3] = b"BC"
print(data)
sub = m[4:]
sub[0] = ord("E")
print(data, bytes(sub), sub.obj is data)
ro = memoryview(b"xyz")
print(ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
ints = memoryview(bytearray(8)).cast("I")
print(ints.format, ints.itemsize, len(ints), ints.tolist())
ints[1] = 7
print(ints.tolist(), bytes(ints.obj)[4:] in (b"\x07\x00\x00\x00", b"\x00\x00\x00\x07"))
print(m == b"ABCdEfgh", m == data, memoryview(b"ab") == memoryview(b"ab"))
m2 = memoryview(b"abcdef")[::2]
print(bytes(m2), m2.contiguous, m2.strides)
with memoryview(b"ctx") as mv:
    print(mv.tobytes())
try:
    mv[0]
except ValueError as e:
    print("ValueError:", e)
m3 = memoryview(bytearray(b"q"))
m3.release()
print(repr(m3).startswith("<released memory"))
try:
    memoryview("str")
except TypeError as e:
    print("TypeError:", e)
try:
    m[100]
except IndexError as e:
    print("IndexError:", e)
try:
    m[0:2] = b"xyz"
except ValueError as e:
    print("ValueError:", e)
print(list(memoryview(b"hi")), memoryview(b"ab").toreadonly().readonly)
