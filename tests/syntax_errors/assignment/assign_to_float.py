1.5 = value
