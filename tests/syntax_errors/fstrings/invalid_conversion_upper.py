s = f'{x!R}'
