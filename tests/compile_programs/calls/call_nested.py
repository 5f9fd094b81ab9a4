print(len(str(abs(-1))))
