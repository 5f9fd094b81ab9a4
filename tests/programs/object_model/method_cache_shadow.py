# Method calls through the attribute cache while instance attributes shadow and unshadow
# the method, the class's method is replaced, and instances of several classes alternate.
class P:
    def m(self):
        return "P.m"
    def n(self, x):
        return ("P.n", x)

class S:
    __slots__ = ("v",)
    def m(self):
        return "S.m"

def run(objs, rounds=3):
    out = []
    for _ in range(rounds):
        for o in objs:
            out.append(o.m())
    return out

p, q = P(), P()
print(run([p, q]))
p.m = lambda: "p's own"
print(run([p, q]))
del p.m
print(run([p, q]))
p.__dict__["m"] = lambda: "via __dict__"
print(run([p, q]))
p.__dict__.clear()
print(run([p]))
P.m = lambda self: "replaced on the class"
print(run([p, q]))
s = S()
print(run([s, p, s]))
print([p.n(i) for i in range(3)])
q.n = print
q.n("shadowed by a builtin")
p.x = 1
print(run([p]), p.n("after growth"))
class Q(P):
    pass
print(run([Q(), P(), Q()], 2))
Q.m = lambda self: "Q.m"
print(run([Q(), P()], 2))
