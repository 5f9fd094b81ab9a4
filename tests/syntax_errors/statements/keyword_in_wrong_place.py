x = 1 in
