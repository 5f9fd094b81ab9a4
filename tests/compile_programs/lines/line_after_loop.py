for i in range(2):
    pass
x = 1
