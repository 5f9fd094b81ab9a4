class Item:
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
items = [Item("apple", 0.5, 10), Item("pear", 0.75, 4), Item("melon", 3.0)]
for it in sorted(items, key=lambda i: i.total(), reverse=True):
    print(f"{it.name:<8}{it.qty:>3} x {it.price:5.2f} = {it.total():6.2f}")
print(items)
print(f"total: {sum(i.total() for i in items):.2f}")
