class C:
    pass
C().nope
