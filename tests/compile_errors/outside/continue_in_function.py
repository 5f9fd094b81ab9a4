def f():
    if x:
        continue
