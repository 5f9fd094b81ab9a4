v = 1
s = f'{v}' b'raw'
