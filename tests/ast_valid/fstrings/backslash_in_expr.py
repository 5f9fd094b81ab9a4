lines = ['a', 'b']
s = f'{"\n".join(lines)}'
