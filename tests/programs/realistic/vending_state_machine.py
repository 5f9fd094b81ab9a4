from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    VENDING = auto()
    OUT_OF_SERVICE = auto()

class VendingError(Exception):
    pass

class Machine:
    PRICES = {"cola": 150, "chips": 100, "gum": 50}
    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = State.IDLE
        self.credit = 0
        self.bank = 0
    def insert(self, cents):
        if self.state is State.OUT_OF_SERVICE:
            raise VendingError("machine out of service")
        if cents not in (5, 10, 25, 100):
            raise VendingError(f"rejected coin {cents}")
        self.credit += cents
        self.state = State.HAS_MONEY
    def choose(self, item):
        if self.state is not State.HAS_MONEY:
            raise VendingError(f"cannot choose in state {self.state.name}")
        if item not in self.PRICES:
            raise VendingError(f"unknown item {item!r}")
        if self.stock.get(item, 0) == 0:
            raise VendingError(f"{item} sold out")
        price = self.PRICES[item]
        if self.credit < price:
            raise VendingError(f"need {price - self.credit} more cents")
        self.state = State.VENDING
        self.stock[item] -= 1
        change = self.credit - price
        self.bank += price
        self.credit = 0
        self.state = State.IDLE if any(self.stock.values()) else State.OUT_OF_SERVICE
        return item, self._coins(change)
    def refund(self):
        c, self.credit = self.credit, 0
        self.state = State.IDLE
        return self._coins(c)
    @staticmethod
    def _coins(amount):
        out = []
        for coin in (100, 25, 10, 5):
            n, amount = divmod(amount, coin)
            out += [coin] * n
        return out

m = Machine({"cola": 1, "gum": 2})
actions = [("choose", "cola"), ("insert", 100), ("insert", 3), ("choose", "cola"), ("insert", 100),
           ("choose", "cola"), ("insert", 25), ("insert", 25), ("choose", "cola"), ("choose", "chips"),
           ("choose", "tea"), ("refund",), ("insert", 100), ("choose", "gum"), ("insert", 25), ("insert", 25),
           ("choose", "gum"), ("insert", 5)]
for act, *args in actions:
    try:
        result = getattr(m, act)(*args)
        print(f"{act}{tuple(args)} -> {result} [{m.state.name}, credit={m.credit}]")
    except VendingError as e:
        print(f"{act}{tuple(args)} !! {e} [{m.state.name}]")
print("bank", m.bank, "stock", m.stock)
