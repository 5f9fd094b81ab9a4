with (open(a) as f, open(b) as g):
    pass
with (open(a) as f, open(b) as g,):
    pass
with (a, b):
    pass
def g():
    with (yield):
        pass
