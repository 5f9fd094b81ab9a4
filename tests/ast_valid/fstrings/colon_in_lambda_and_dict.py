s = f'{(lambda: 1)()}'
t = f'{ {"a": 1}["a"] }'
