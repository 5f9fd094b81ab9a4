K = 'k'
