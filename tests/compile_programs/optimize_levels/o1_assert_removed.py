# krait: optimize=1
def f(x):
    assert x, "msg"
    return x
