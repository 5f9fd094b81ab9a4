... = value
