g = (*x for x in xs)
