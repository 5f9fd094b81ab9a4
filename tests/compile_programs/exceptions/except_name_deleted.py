def f():
    try:
        pass
    except Exception as e:
        pass
    return 1
