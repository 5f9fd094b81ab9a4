v = 'x'
s = f'{v!r:^20}'
t = f'{v!a}'
