def f():
    raise
    raise ValueError
    raise ValueError('x') from None
    raise E from exc
