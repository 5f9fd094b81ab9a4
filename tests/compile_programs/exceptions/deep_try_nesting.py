try:
    try:
        try:
            x = 1
        finally:
            y = 2
    except ValueError:
        z = 3
finally:
    w = 4
