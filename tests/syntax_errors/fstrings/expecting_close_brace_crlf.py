a = 1
s = f'{a'
