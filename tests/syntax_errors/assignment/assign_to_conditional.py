a if b else c = value
