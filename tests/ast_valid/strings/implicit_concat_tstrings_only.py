x = 1
s = t'a' t'{x}' T'c'
