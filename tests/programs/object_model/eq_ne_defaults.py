class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return True
print(A() == B())
print(B() == A())
print(A() != B())
x = A()
print(x == x, x != x)
class C:
    def __ne__(self, o):
        return "custom ne"
print(C() != 1, C() == 1)
print(object() == object(), None == None, None != 0)
print([1, 2] == (1, 2), {1: 2} == [(1, 2)], 1 == 1.0 == True, "1" == 1)
nan = float("nan")
lst = [nan]
print(nan in lst, lst == [nan], lst.count(nan), [float("nan")] == [float("nan")])
print((1, nan) == (1, nan))
