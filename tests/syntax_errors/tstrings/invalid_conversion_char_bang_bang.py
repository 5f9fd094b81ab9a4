t1 = t'{a!!r}'
