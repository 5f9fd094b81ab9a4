x = -not y
