class C: pass
o = C(); o.x = 1
del o.x
d = {1: 2, 3: 4}
del d[1], d[3]
lst = [1, 2, 3]
del lst[0:2]
