import a.b.c
print(a.__name__, a.b.__name__, a.b.c.__name__)
import a.b.c as cc
print(cc is a.b.c, cc.__name__)
import a.b as bb
print(bb is a.b)
