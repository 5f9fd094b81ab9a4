a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-3], a[-3:], a[5:2])
print("abcdef"[1:-1], (1, 2, 3, 4)[1::2])
