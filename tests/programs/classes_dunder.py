class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __eq__(self, o):
        return self.x == o.x
    def __repr__(self):
        return f"V({self.x})"
    def __len__(self):
        return self.x
print(V(1) + V(2), V(1) == V(1), V(1) == V(2), len(V(7)), [V(1)])
