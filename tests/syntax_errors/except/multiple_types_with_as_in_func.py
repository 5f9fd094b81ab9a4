def f():
    try:
        return g()
    except (OSError), IOError as exc:
        return exc
