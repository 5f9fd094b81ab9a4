tests = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: [][0], lambda: {}["k"], lambda: undefined_name, lambda: 1 + "a", lambda: "a" + 1, lambda: int("abc"), lambda: None.attr, lambda: (lambda: 5)()(), lambda: len(5), lambda: 1 < "a", lambda: [1] + 2, lambda: iter(5)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
