def f(a=	):
    pass
