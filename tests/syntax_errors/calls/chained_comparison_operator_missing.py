ok = a < < b
