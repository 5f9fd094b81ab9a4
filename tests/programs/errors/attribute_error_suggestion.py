class Account:
    def __init__(self):
        self.balance = 100
    def deposit(self, x):
        self.balance += x

acct = Account()
try:
    acct.balence
except AttributeError as e:
    print("caught:", e)
try:
    "text".uper()
except AttributeError as e:
    print("caught:", e)
acct.deposti(5)
