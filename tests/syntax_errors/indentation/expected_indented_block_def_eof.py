x = 1

def later(a, b):
