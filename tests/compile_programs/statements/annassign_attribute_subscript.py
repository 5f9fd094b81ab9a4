class C: pass
c = C()
c.a: int = 1
d = {}
d["k"]: str = "v"
