v = 3.14159
t1 = t'{v:.2f}'
t2 = t'{v:>{width}.{prec}f}'
