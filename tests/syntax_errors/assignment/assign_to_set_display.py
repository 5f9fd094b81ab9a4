{a, b} = value
