__all__ = ["f"]
import sys as _sys
def f():
    return _sys.argv
