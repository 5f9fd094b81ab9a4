def f():
    'doc' = 1
    return 1​
