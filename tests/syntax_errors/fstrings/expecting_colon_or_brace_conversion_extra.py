s = f'{x!r x}'
