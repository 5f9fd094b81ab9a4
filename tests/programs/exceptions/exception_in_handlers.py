def f():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as inner:
            print("inner context:", repr(inner.__context__))
        return "recovered"
print(f())
def g():
    try:
        try:
            raise ValueError("a")
        finally:
            print("finally runs, then re-raise")
    except ValueError as e:
        return "outer got " + str(e)
print(g())
def reraise_bare():
    try:
        raise KeyError("bare")
    except KeyError:
        raise
try:
    reraise_bare()
except KeyError as e:
    print("bare reraise:", e)
def raise_in_finally():
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("wins")
try:
    raise_in_finally()
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))
import sys
try:
    raise ValueError("exc_info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info(), sys.exception())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
