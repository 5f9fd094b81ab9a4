print('broken runs')
x = 1 / 0
