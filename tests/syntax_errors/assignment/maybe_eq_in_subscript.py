v = data[i = 0]
