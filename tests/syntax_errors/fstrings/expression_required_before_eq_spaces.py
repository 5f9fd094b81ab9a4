s = f'x {  = } y'
