try:
    from b import y
except ImportError as e:
    msg = 'caught ' + type(e).__name__
x = 1
