# Setting a context's flags and traps: signal dicts, lists in the constructor and localcontext,
# and the errors for anything else.
from decimal import *
c = Context()
for name, v in [("traps", [1]), ("traps", [Inexact]), ("flags", {}), ("traps", dict.fromkeys(c.traps, 1)), ("flags", c.flags), ("traps", 5)]:
    try: setattr(c, name, v); print("ok", name, c)
    except Exception as e: print(name, type(e).__name__, e)
for kw in [dict(traps=[1]), dict(traps=[Inexact, Rounded]), dict(flags={}), dict(flags=(Inexact,)), dict(traps=dict.fromkeys(c.traps, 0))]:
    try: print(Context(**kw))
    except Exception as e: print(kw, type(e).__name__, e)
    try:
        with localcontext(**kw) as l: print(l)
    except Exception as e: print(kw, type(e).__name__, e)
