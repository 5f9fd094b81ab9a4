s = f'{x:{y}x'
