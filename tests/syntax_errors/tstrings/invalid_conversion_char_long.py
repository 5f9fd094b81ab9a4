t1 = t'{a!repr}'
