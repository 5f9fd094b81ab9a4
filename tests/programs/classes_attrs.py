class C:
    kind = "c"
    def __init__(self):
        self.n = 0
c = C()
print(C.kind, c.kind)
c.kind = "instance"
print(C.kind, c.kind)
