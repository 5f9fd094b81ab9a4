x = 1
y = fU'{x}'
