a and b = value
