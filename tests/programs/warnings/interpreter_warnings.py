# Warnings the interpreter itself raises go through the warnings machinery: shown once per
# location by default (with the source line), recorded, or turned into exceptions.
import array

def gen():
    try:
        yield 1
    except KeyError as e:
        yield "caught %r" % (e,)

print(~True, ~False)
for i in range(3):
    print(~True)
g = gen()
next(g)
print(g.throw(KeyError, "k"))

def inverted(b):
    return ~b

print(inverted(True), inverted(False))
print(True.__invert__())
a = array.array("u", "ab")
print(a.tounicode())
try:
    gen().throw(ValueError, 1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen().throw()
except TypeError as e:
    print(type(e).__name__, e)

import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(~False)
    g = gen()
    next(g)
    g.throw(KeyError, KeyError("x"), None)
    array.array("u")
    async def co():
        pass
    c = co()
    del c
    def drop():
        c = co()
    drop()
for w in caught:
    print(w.category.__name__, w.lineno, w.filename == __file__, str(w.message)[:60])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for thunk in (lambda: ~True, lambda: array.array("u"), lambda: gen().throw(KeyError, None)):
        try:
            thunk()
        except DeprecationWarning as e:
            print("error:", type(e).__name__, str(e)[:50])
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Bitwise")
        print(~True)
print("done")
