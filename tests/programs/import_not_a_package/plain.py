print('plain runs')
