f(a for a in b, c)
x = 0777
