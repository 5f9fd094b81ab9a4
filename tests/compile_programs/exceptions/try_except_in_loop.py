for i in range(3):
    try:
        1 / i
    except ZeroDivisionError:
        continue
