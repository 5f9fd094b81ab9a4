H = 'found via sys.path'
