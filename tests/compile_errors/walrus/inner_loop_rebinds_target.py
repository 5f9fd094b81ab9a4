r = [(j := i) for i in x for j in y]
