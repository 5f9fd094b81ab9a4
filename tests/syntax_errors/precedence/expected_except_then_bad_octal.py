try:
    pass
x = 0o9
