class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance
acct = Account("ann")
print(acct.deposit(50), acct.deposit(25))
try:
    acct.deposit(-1)
except ValueError as e:
    print("error:", e)
print(acct.owner, acct.balance)
