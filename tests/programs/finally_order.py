def f(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "other"
    except ValueError:
        return "caught"
    finally:
        print("finally", n)
for n in range(3):
    print(f(n))
