a = 1
b = "two
c = 3
