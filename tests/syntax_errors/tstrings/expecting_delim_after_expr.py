t1 = t'{a b}'
