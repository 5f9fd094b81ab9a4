n = 1
q = fR'{n}\'
