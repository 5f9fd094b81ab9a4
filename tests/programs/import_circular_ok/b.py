import a
def use_a():
    return 'b sees ' + a.NAME
NAME = 'B'
