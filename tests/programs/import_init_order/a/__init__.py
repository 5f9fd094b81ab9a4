print('a init')
