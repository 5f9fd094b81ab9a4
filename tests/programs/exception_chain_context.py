def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"bad input {s!r}")
try:
    parse("x")
except TypeError as e:
    print(e, type(e.__context__).__name__ if False else "ctx")
parse("y")
