x = 'a' 1
y = f'{'
