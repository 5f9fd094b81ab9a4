class C: pass
o = C()
o.x = 1
o.y = o.x + 1
