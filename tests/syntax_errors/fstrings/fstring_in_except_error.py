try:
    pass
except E:
    raise ValueError(f'bad {value!x}')
