args = (1,)
f(*args)
f(0, *args)
f(*args, *args)
