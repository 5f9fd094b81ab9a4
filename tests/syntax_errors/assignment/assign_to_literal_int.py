1 = value
