def f(x):
    assert x
    assert x, "message"
    assert x > 0, f"got {x}"
