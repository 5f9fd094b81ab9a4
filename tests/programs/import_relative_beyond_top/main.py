try:
    import pkg.a
except ImportError as e:
    print(type(e).__name__, e)
