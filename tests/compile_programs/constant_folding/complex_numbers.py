r = 1 + 2j
s = 3j * 2
t = -1j
