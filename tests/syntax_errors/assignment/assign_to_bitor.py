a | b = value
