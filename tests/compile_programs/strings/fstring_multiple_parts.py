a, b = 1, 2
r = f"a={a}, b={b}, sum={a + b}!"
