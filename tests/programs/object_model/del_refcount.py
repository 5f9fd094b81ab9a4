class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

def scope():
    r = Res("local")
    print("in scope")
scope()
print("after scope")

a = Res("rebound")
a = Res("second")
print("rebind done")
del a
print("del done")

lst = [Res("in list 1"), Res("in list 2")]
lst.pop(0)
print("popped")
lst.clear()
print("cleared")

d = {"k": Res("dict value")}
d["k"] = None
print("replaced")

x = Res("shared")
y = x
del x
print("one ref left")
del y
print("all gone")

class Resurrect:
    saved = []
    def __del__(self):
        print("resurrect __del__")
r = Resurrect()
r = None
print("end")
