first, *rest = [1, 2, 3]
*init, last = range(5)
a, *mid, z = "hello"
