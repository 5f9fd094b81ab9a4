for exc in [ZeroDivisionError, KeyError, ValueError]:
    try:
        raise exc("x")
    except ArithmeticError:
        print("arith", exc.__name__)
    except LookupError:
        print("lookup", exc.__name__)
    except Exception:
        print("other", exc.__name__)
