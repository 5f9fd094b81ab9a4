class User:
    def __init__(self):
        self.name = "x"
    def greet(self):
        return 1
u = User()
print(u.greet())
print(u.nmae)
