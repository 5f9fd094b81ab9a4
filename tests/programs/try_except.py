try:
    1 / 0
except ZeroDivisionError:
    print("caught")
try:
    [][1]
except (KeyError, IndexError) as e:
    print("index", e)
