(a := 1) = value
