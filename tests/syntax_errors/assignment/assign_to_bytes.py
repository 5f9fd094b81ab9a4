b'x' = value
