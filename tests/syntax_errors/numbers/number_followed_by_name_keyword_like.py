x = 1if True else 2
print(0x1for)
