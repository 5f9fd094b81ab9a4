n = 3
s = f'{n}}'
