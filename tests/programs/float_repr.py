for x in [1.0, 0.5, 1/3, 2.5e-8, 1e22, 3.14159, 100.0, -2.75]:
    print(x, repr(x), str(x))
