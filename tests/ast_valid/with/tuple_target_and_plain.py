with a as (b, c):
    pass
with a as [b, c]:
    pass
with a, b as c, d:
    pass
with (a):
    pass
with (a) as b:
    pass
