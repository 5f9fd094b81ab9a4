a = '\n\t\x41\u00e9\U0001F600\N{BULLET}\101\\'
b = b'\x00\xff\n'
