try:
    from m import *
except TypeError as e:
    print(e)
