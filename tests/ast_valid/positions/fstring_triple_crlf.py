x = 1
s = f'''a
{x}
b'''
