bases = (object,)
class C(*bases):
    pass
kw = {}
class D(**kw):
    pass
