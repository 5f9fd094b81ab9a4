def f():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
try:
    f()
except ZeroDivisionError as e:
    print("again", e)
