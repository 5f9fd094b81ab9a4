a, b = 3, 4
while a and b > 0:
    a -= 1
while not a or b < 0:
    break
