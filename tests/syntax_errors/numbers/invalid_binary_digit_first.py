b = 0b2
