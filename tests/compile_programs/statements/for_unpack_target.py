for k, v in {"a": 1}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2)]):
    pass
