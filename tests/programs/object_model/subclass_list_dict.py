class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__)
print(type(s + [5]).__name__, type(s[1:]).__name__, s == [1, 2, 3, 4])

class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
l = Logged()
l.append(1)
l.extend([2, 3])
l += [4]
print(l)

class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = len(key)
        return self[key]
d = Default(a=1)
print(d["a"], d["hello"], d.get("zzz"), sorted(d.items()))
print("zzz" in d, type(d).__name__)

class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["x"] = 1
u.update(y=2)
print(sorted(u.items()))
class Attr(dict):
    __getattr__ = dict.__getitem__
a = Attr(k="v")
print(a.k)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(404, "not found")
except Exception as e:
    print(e, repr(e), e.args, e.code)
class Hierarchy(LookupError): pass
try:
    raise Hierarchy("h")
except LookupError as e:
    print(type(e).__mro__[1].__name__, e)
