import functools
@functools.lru_cache(maxsize=None)
def f(n):
    return n
