lambda: 1 = value
