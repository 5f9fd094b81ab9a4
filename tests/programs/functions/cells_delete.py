# `del` of a variable other functions capture (DELETE_DEREF), and reading an empty cell:
# a frame's own cell variable reports an unbound local (UnboundLocalError), a free
# variable a NameError naming the enclosing scope.


def own_cell():
    def g():
        return x

    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    del x
    try:
        del x
    except NameError as e:
        print(type(e).__name__, e)
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    print(g())
    del x
    x = [3]
    print(g())


own_cell()


def via_nonlocal():
    y = 5

    def inner():
        nonlocal y
        del y
        try:
            del y
        except NameError as e:
            print(type(e).__name__, e)
        y = 7
        return y

    print(inner(), y)
    del y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(y)
    except UnboundLocalError as e:
        print("outer", e)


via_nonlocal()


def class_body_free():
    try:
        class C:
            z = w
    except NameError as e:
        print(type(e).__name__, e)
    w = 1

    class D:
        z = w

    print(D.z)
    return lambda: w


class_body_free()


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("freed", self.tag)


def del_releases():
    obj = Noisy("a")

    def peek():
        return obj.tag

    print(peek())
    del obj
    print("after del")
    try:
        peek()
    except NameError as e:
        print(type(e).__name__, e)


del_releases()


def comprehension_cell():
    items = [lambda: v for v in range(3)]
    v = 10
    del v
    return [f() for f in items]


print(comprehension_cell())


def uncaught():
    def h():
        return q

    del q


uncaught()
