x = y =
