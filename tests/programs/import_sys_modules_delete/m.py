print('m runs')
n = 5
