True = value
