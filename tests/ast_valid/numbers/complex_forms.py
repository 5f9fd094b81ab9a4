a = 1j
b = 1.5J
c = .5j
d = 1e3j
e = 0j
f = 1_0j
g = 3 + 4j
h = 00j
