def f():

    # c

    return 1



class C:

    pass
