# Exception handlers and what only they reach move to the end of the code.
def f(a):
    for x in a:
        try:
            g(x)
        except ValueError:
            continue
        except TypeError as e:
            print(e)
            break
        finally:
            h()
    return a
def k(a):
    try:
        return a()
    except Exception:
        return None
    finally:
        a = None
def w(a):
    with a as b:
        return b
