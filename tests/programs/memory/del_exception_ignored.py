class Bad:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del running", self.n)
        raise ValueError(f"fail in del {self.n}")
b = Bad(1)
b = None
print("continues after ignored exception")
def scope():
    Bad(2)
scope()
print("end")
