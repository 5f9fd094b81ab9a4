class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(1)
del a
print("after del")
def f():
    x = A(2)
    print("in f")
f()
print("after f")
b = A(3)
b = None
print("rebound")
class Node:
    def __init__(self): self.other = None
for i in range(200000):
    p, q = Node(), Node()
    p.other, q.other = q, p
print("cycles made")
c1 = A(4); c2 = A(5); c1.o = c2; c2.o = c1
del c1, c2
print("before end")
