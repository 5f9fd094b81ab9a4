# krait: optimize=2
def g():
    """Doc."""
    yield 1
