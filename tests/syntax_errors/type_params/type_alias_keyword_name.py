type def = int
