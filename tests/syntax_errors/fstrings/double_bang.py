s = f'{x!!r}'
