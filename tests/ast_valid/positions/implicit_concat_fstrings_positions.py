a = b = 1
s = f'{a}' f'{b}'
t = ('x'
     f'{a}'
     'y')
