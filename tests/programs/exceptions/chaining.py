def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("parse failed") from e
try:
    parse("x")
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("implicit")
except TypeError as e:
    print(e, repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = Exception("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as err:
    print("TypeError:", err)
try:
    raise ValueError("v") from KeyError
except ValueError as err:
    print(repr(err.__cause__))
def cleanup_fails():
    try:
        raise KeyError("first")
    finally:
        pass
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            raise OSError("c")
except OSError as err:
    chain = []
    x = err
    while x is not None:
        chain.append(type(x).__name__)
        x = x.__context__
    print(chain)
