def g():
    h(yield x, 1)
