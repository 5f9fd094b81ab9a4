import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__)
class R:
    def method(self):
        return self.method()
try:
    R().method()
except RecursionError as e:
    print("method recursion:", e)
lst = []
lst.append(lst)
print(lst)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 100)
print(sys.getrecursionlimit() >= 1000)
