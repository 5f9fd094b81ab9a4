items = [1, 2, 3]
print(sum(items))
for bad in (lambda: items + 1, lambda: len(5), lambda: "a" < 1, lambda: None + 1, lambda: [] * 1.5,
            lambda: {}.get(), lambda: int([1]), lambda: abs("x"), lambda: -"s", lambda: ~1.0, lambda: 1 @ 2, lambda: None()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
total = "count: " + len(items)
