a = [x for x in y]
b = {x for x in y}
c = {k: v for k, v in y}
d = (x for x in y)
e = [x for x in y if x if not x for z in x]
f = [(a, b) for a, b in c]
g = [a for a, in b]
