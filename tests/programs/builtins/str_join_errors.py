# str.join: subclasses, generators, wrong calls, and what it says when iter() fails.

class S(str): pass
print(S("-").join(["a", "b"]), str.join(",", "xyz"), ",".join(S(c) for c in "ab"))
for call in (lambda: "".join(), lambda: "".join([], []), lambda: "".join(iterable=[]), lambda: "".join([1]),
             lambda: str.join(), lambda: str.join(5, []), lambda: "".join(5), lambda: "\udc80".join(["a", "\ud800"])):
    try:
        print(repr(call()))
    except TypeError as e:
        print("TypeError", e)
class BadIter:
    def __iter__(self):
        raise TypeError("mine")
class BadIter2:
    def __iter__(self):
        raise ValueError("v")
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise TypeError("from next")
for obj in (BadIter(), BadIter2(), BadNext(), None):
    try:
        "".join(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
