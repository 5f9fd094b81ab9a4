lst = list(range(10))
a, b, c = 1, 8, 2
r = lst[a:b:c]
s = lst[a:]
t = lst[:b]
