f'{a}' = value
