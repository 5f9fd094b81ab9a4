try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e, e.args, repr(e))
try:
    raise KeyError("k")
except KeyError as e:
    print(e, repr(e))
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), str(e) == "")
