f((**kwargs))
