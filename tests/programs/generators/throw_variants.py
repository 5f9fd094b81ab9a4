def g():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen:", repr(e))
        yield 2
    yield 3
it = g()
next(it)
print(it.throw(ValueError("instance")))
print(next(it))
it2 = g()
next(it2)
print(it2.throw(ValueError))
def h():
    yield 1
it3 = h()
try:
    it3.throw(KeyError("before start"))
except KeyError as e:
    print("KeyError:", e)
print(list(it3))
it4 = h()
next(it4)
try:
    it4.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
def gen_exit():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
it5 = gen_exit()
next(it5)
it5.close()
it5.close()
print("closed twice fine")
def counter():
    n = 0
    while True:
        try:
            yield n
        except IndexError:
            n = -100
        n += 1
c = counter()
print(next(c), next(c), c.throw(IndexError), next(c))
