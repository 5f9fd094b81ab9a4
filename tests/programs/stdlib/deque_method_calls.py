# deque's methods reached every way: on an exact deque, a subclass overriding them, through
# the class, bound and stored, with wrong argument counts and keywords; truthiness of deques
# and of subclasses overriding __len__ or __bool__; maxlen with append and appendleft.
from collections import deque


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
n = 0
while d:
    d.popleft()
    n += 1
print(n, d, bool(d), not d)
show("pop empty", lambda: d.pop())
show("popleft empty", lambda: d.popleft())
show("append none", lambda: d.append())
show("append two", lambda: d.append(1, 2))
show("append kw", lambda: d.append(x=1))
show("popleft arg", lambda: d.popleft(1))
show("pop arg", lambda: d.pop(0))
show("appendleft kw", lambda: d.appendleft(x=1))

m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m)
for i in range(2):
    m.appendleft(10 + i)
print(m, m.maxlen)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, bool(z))

# Through the class and stored bound methods.
e = deque([1, 2])
deque.append(e, 3)
push = e.append
push(4)
take = e.popleft
print(e, take(), deque.popleft(e), deque.pop(e), e)
show("wrong receiver", lambda: deque.append([], 1))
show("no receiver", lambda: deque.popleft())


class Logged(deque):
    def append(self, x):
        print("append", x)
        super().append(x * 10)

    def popleft(self):
        v = super().popleft()
        print("popleft", v)
        return v


q = Logged()
for i in range(3):
    q.append(i)
while q:
    q.popleft()
print(q, bool(q))


class Empty(deque):
    def __len__(self):
        return 0


class Falsy(deque):
    def __bool__(self):
        return False


class BadLen(deque):
    def __len__(self):
        return -1


print(bool(Empty([1, 2])), bool(Falsy([1])), len(Falsy([1, 2])), bool(deque([0])))
show("bad len", lambda: bool(BadLen([1])))


class Plain(deque):
    pass


p = Plain()
p.append(1)
p.appendleft(0)
print(p, p.pop(), p.popleft(), bool(p), type(p).__name__)

# A deque whose append is shadowed on the instance is not possible (no __dict__), but a
# subclass instance can shadow it.
s = Plain()
s.append = lambda x: print("shadowed", x)
s.append(5)
print(s)

# Items keep their identity and are released when popped.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


r = deque()
r.append(Noisy(1))
r.appendleft(Noisy(2))
r.popleft()
print("after popleft")
r.pop()
print("after pop")
