x = 1
s = f'{x:}'
t = f'{x!r:}'
