print('counter runs')
count = 0
