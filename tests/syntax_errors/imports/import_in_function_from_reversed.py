def f():
    import json from stdlib
