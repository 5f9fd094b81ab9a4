def f():
    raise ValueError('bad value')
f()
