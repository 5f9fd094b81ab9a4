with ctx as self.x:
    pass
with ctx as d['k']:
    pass
with ctx as (a.b, c[0]):
    pass
