try:
    import nope.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    from nope import x
except ImportError as e:
    print(e)
