print('a.b.c runs', __name__, __package__)
