n = 1
p = rf'\d{n}\w'
q = fR'{n}\\'
