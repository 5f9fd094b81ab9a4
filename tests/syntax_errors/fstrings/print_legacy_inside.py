s = f'{print x}'
