a = b < c = d
