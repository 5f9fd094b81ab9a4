x = 1
s = 'a' f'{x}' "b" f"{x!r}" '''c'''
