def f(x):
    for i in x:
        print(i)
