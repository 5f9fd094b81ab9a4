class Frozen:
    __slots__ = ()
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v) if False else None

class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        if name not in self._fields:
            raise AttributeError(f"cannot add field {name!r}")
        self._fields[name] = value
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self._fields.items())
        return f"Record({inner})"

r = Record(a=1, b="two")
print(r)
r.a = 10
print(r.a, r.b)
for action in ("set", "del", "get"):
    try:
        if action == "set":
            r.c = 3
        elif action == "del":
            del r.a
        else:
            r.zzz
    except AttributeError as e:
        print(action, "AttributeError:", e)
print(r)

class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), p.index(3))
