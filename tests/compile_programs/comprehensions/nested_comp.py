r = [[y for y in range(x)] for x in range(4)]
