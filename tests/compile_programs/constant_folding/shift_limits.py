r = 1 << 63
s = 1 << 200
t = 1 << -1 if False else 0
