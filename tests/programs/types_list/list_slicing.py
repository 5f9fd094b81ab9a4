a = list(range(10))
print(a[2:5], a[::3], a[::-2], a[-3:], a[:-7], a[7:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 7, 7]
print(b)
b[:] = [0, 0]
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del c[::3]
print(c)
del c[1:3]
print(c)
d = list(range(6))
d[4:1] = [99]
print(d)
d[-1:] = []
print(d)
d[len(d):] = [5, 6]
print(d)
try:
    d[10]
except IndexError as e:
    print("IndexError:", e)
try:
    d[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del d[10]
except IndexError as e:
    print("IndexError:", e)
try:
    d["a"]
except TypeError as e:
    print("TypeError:", e)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, s.indices(5), a[s], slice(3), slice(None, None, -1).indices(4))
try:
    d[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
print(slice(1, 2) == slice(1, 2), hash(slice(1, 2)) == hash(slice(1, 2)))
