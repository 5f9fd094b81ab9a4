def f():
    try:
    pass
