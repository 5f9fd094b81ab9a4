f(1, bu'x')
