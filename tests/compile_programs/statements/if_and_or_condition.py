a, b, c = 1, 0, 1
if a and b or c:
    print(1)
if not (a or b) and c:
    print(2)
