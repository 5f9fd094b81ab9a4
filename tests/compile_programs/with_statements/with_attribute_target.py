class C: pass
o = C()
with cm as o.attr:
    pass
