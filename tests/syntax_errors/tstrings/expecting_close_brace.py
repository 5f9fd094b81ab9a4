t1 = t'{a'
