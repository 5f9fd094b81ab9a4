xs = [a if c, b]
