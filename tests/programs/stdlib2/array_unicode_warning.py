# array('u') warns (DeprecationWarning, shown for __main__); 'w' does not.
import array

a = array.array("u", "hi")
print(a, a.tounicode(), a.itemsize)
b = array.array("w", "ok")
print(b)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    array.array("u")
    print(len(w), w[0].category.__name__, str(w[0].message))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        array.array("u", "x")
    except DeprecationWarning as e:
        print("error:", e)
