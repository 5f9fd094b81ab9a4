# "Did you mean" at the distance limit CPython allows (no match is beaten before the
# first): keyword arguments of Python functions and of print, attributes, names.
import math


def f(d):
    pass


def q(ab):
    pass


def r(key):
    pass


for call in (lambda: f(dd=1), lambda: q(a=1), lambda: r(ke=1), lambda: print(1, ennd=""), lambda: print(1, sepp="")):
    try:
        call()
    except TypeError as e:
        print(e)


class A:
    ab = 1


for get in (lambda: A().a, lambda: math.pj, lambda: A().abc):
    try:
        get()
    except AttributeError as e:
        print(type(e).__name__, e)

A().a
