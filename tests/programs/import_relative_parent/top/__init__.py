X = 'top.X'
