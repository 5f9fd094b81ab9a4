from a import x
y = 2
