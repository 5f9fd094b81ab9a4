f = 1.5ex
