y = 1 if x else 2elsewhere
