def g():
    s = f'{yield yield}'
