'abc' = value
