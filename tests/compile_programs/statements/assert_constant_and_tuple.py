def f(x):
    assert True
    assert x, (1, 2)
