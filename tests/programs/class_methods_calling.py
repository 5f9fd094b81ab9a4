class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return len(self.items) > 0
s = Stack()
s.push(1).push(2).push(3)
print(len(s), s.pop(), len(s), bool(s))
while s:
    print("pop", s.pop())
print(bool(s))
