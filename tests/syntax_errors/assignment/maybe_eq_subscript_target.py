if d['k'] = 3:
    pass
