def f(mode):
    try:
        if mode == "return":
            return "from try"
        if mode == "raise":
            raise ValueError("from try")
        print("try body done")
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else runs")
        return "from else"
    finally:
        print("finally", mode)
for m in ("return", "raise", "normal"):
    print("->", f(m))
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally swallowed"
print(swallow())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
try:
    pass
finally:
    print("trivial finally")
def exc_var_cleared():
    try:
        raise KeyError("k")
    except KeyError as err:
        pass
    try:
        err
    except NameError as e:
        print("NameError:", e)
exc_var_cleared()
