t1 = rt'{a}\d
