None, = [1]
