s = {i := i for i in x}
