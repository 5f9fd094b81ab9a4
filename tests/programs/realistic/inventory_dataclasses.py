from dataclasses import dataclass, field
from collections import defaultdict
from enum import Enum

class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    PART = "part"

@dataclass(order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    category: Category = field(compare=False)
    price_cents: int = field(compare=False)
    qty: int = field(default=0, compare=False)

    @property
    def value(self):
        return self.price_cents * self.qty

class OutOfStock(Exception):
    pass

@dataclass
class Inventory:
    products: dict = field(default_factory=dict)
    log: list = field(default_factory=list)

    def add(self, p):
        if p.sku in self.products:
            raise ValueError(f"duplicate sku {p.sku}")
        self.products[p.sku] = p

    def restock(self, sku, n):
        self.products[sku].qty += n
        self.log.append(("restock", sku, n))

    def sell(self, sku, n):
        p = self.products[sku]
        if p.qty < n:
            raise OutOfStock(f"{p.name}: want {n}, have {p.qty}")
        p.qty -= n
        self.log.append(("sell", sku, n))
        return p.price_cents * n

    def by_category(self):
        groups = defaultdict(list)
        for p in sorted(self.products.values()):
            groups[p.category.value].append(p.name)
        return dict(sorted(groups.items()))

    def report(self):
        lines = [f"{'SKU':<6}{'NAME':<12}{'QTY':>5}{'VALUE':>10}"]
        for p in sorted(self.products.values()):
            lines.append(f"{p.sku:<6}{p.name:<12}{p.qty:>5}{p.value / 100:>10.2f}")
        total = sum(p.value for p in self.products.values())
        lines.append(f"{'TOTAL':<23}{total / 100:>10.2f}")
        return "\n".join(lines)

inv = Inventory()
for args in [("T-2", "hammer", Category.TOOL, 1299), ("F-1", "apple", Category.FOOD, 45),
             ("P-9", "bolt", Category.PART, 12), ("T-1", "wrench", Category.TOOL, 899)]:
    inv.add(Product(*args))
try:
    inv.add(Product("F-1", "pear", Category.FOOD, 50))
except ValueError as e:
    print("ValueError:", e)
inv.restock("T-2", 5)
inv.restock("F-1", 100)
inv.restock("P-9", 1000)
revenue = 0
for sku, n in [("F-1", 30), ("T-2", 2), ("T-1", 1), ("P-9", 250)]:
    try:
        revenue += inv.sell(sku, n)
    except OutOfStock as e:
        print("OutOfStock:", e)
print("revenue", revenue)
print(inv.report())
print(inv.by_category())
print(inv.log)
print(inv.products["T-1"])
