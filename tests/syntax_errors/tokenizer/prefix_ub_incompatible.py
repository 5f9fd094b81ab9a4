x = ub'data'
