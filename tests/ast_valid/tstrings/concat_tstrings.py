a = 1
b = 2
t1 = t'{a}' t'{b}'
t2 = (t'first {a} '
      t'second {b}')
