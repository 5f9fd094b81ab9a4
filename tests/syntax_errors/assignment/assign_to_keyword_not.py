not a = value
