for v in [0, 1, "", "a", [], [0], {}, {1: 2}, None, 0.0, (), (0,), range(0), range(1)]:
    print(repr(v), bool(v), "yes" if v else "no")
