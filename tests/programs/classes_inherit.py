class A:
    def hello(self):
        return "A"
    def who(self):
        return self.hello()
class B(A):
    def hello(self):
        return "B"
print(A().who(), B().who(), isinstance(B(), A), isinstance(A(), B))
