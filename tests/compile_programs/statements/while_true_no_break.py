def f():
    while True:
        x = 1
    print("after")
