print('n', x for x in y)
