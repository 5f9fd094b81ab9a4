f(False=0)
