class C: pass
o = C()
for o.x in range(3):
    pass
