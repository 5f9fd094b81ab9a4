def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
print(check(1))
check(-1)
