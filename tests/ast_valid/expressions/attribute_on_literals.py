a = 1 .real
b = 1.0.real
c = 1j.imag
d = 'x'.upper()
e = 0x1.real
f = (1).bit_length()
