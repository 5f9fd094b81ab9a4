class Typed:
    def __init__(self, kind, minimum=None):
        self.kind, self.minimum = kind, minimum
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}")
        setattr(obj, self.private, value)
class Order:
    qty = Typed(int, 1)
    price = Typed(float, 0.0)
    name = Typed(str)
    def __init__(self, name, qty, price):
        self.name, self.qty, self.price = name, qty, price
o = Order("bolt", 3, 0.5)
print(o.name, o.qty, o.price, sorted(vars(o)))
for field, value in (("qty", 0), ("qty", "3"), ("price", 1), ("name", None)):
    try:
        setattr(o, field, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(Order.qty.public, Order.__dict__["price"].private)
try:
    class Broken:
        class D:
            def __set_name__(self, owner, name):
                raise RuntimeError("set_name failed")
        x = D()
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__ if e.__cause__ else e.__notes__ if hasattr(e, "__notes__") else None)
