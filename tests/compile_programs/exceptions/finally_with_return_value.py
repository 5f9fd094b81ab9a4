def f(x):
    try:
        if x:
            return x
    finally:
        x = 0
