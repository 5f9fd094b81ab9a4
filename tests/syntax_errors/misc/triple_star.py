a *** b
