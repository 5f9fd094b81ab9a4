def g():
    try:
        yield 1
    except GeneratorExit:
        pass
