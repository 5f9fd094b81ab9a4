d = {'x': 1, 'y': *rest}
