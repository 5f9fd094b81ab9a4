print('a.b init')
