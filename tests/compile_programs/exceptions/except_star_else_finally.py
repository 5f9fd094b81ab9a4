try:
    x = 1
except* OSError:
    x = 2
else:
    x = 3
finally:
    x = 4
