s = f'{x:{lambda y: y}}'
