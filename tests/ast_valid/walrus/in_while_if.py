while (chunk := read()) :
    pass
if (n := len(a)) > 10:
    pass
