# krait: optimize=2
"""doc"""
assert x, "m"
def f():
    """fdoc"""
    return __debug__
