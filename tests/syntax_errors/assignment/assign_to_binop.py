a + b = value
