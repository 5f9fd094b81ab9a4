a = b = c = 0
r = a or b or c
