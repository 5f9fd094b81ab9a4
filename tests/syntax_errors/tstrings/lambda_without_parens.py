t1 = t'{lambda x: x}'
