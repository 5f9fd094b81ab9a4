b = 0b1x
