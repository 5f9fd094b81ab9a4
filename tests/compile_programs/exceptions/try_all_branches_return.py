def f(x):
    try:
        return x()
    except ValueError:
        return 1
    except TypeError:
        return 2
    finally:
        pass
