x = "outer"
r = [x for x in range(3)]
