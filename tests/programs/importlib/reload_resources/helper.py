import builtins
builtins.__dict__.setdefault("_helper_loads", 0)
builtins._helper_loads += 1
LOADS = builtins._helper_loads


def greet(name):
    """Say hello."""
    return f"hello {name}"
