t1 = t'{a!x}'
