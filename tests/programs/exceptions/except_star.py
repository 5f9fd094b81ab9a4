def raiser():
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c"), KeyError("d")])
try:
    raiser()
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))
except* KeyError as g:
    print("keys:", [str(e) for e in g.exceptions])
try:
    try:
        raiser()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped naked:", repr(g))
try:
    try:
        raise ExceptionGroup("eg", [OSError("o")])
    except* OSError:
        raise RuntimeError("from handler")
except Exception as e:
    print(type(e).__name__, repr(e.exceptions) if hasattr(e, "exceptions") else e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))
def nested():
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("deep")]), TypeError("shallow")])
try:
    nested()
except* ValueError as g:
    print("deep match:", repr(g))
except* TypeError as g:
    print("shallow match:", repr(g))
