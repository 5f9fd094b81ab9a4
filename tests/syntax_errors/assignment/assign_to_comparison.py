a < b = value
