import b
def use_b():
    return 'a sees ' + b.NAME
NAME = 'A'
