def f(y):
    return rbf'{y}'
