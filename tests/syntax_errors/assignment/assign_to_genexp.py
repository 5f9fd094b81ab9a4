(x for x in y) = value
