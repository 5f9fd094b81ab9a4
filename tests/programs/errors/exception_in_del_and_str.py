class Noisy:
    def __del__(self):
        print("Noisy.__del__ runs")
n = Noisy()
del n
print("after del")
class BadStr(Exception):
    def __str__(self):
        raise ValueError("cannot str")
try:
    raise BadStr()
except BadStr as e:
    print("caught BadStr", type(e).__name__)
raise BadStr("x")
