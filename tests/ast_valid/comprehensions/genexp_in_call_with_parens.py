f((x for x in y), 1)
g(1, (x for x in y))
