def a(): pass
def b(): return None
def c(): return
