class A:
    r = [(y := x) for x in range(3)]
