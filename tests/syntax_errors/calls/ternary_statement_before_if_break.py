for i in x:
    break if i else continue
