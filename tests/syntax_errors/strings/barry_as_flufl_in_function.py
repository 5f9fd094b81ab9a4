from __future__ import barry_as_FLUFL

def f(a, b):
    return a != b
