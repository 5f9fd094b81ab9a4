s = f'{value=!}'
