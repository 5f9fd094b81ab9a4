class LedgerError(Exception):
    pass

class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount

class FrozenAccount(LedgerError):
    pass

class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance:.2f})"

class Bank:
    def __init__(self):
        self.accounts = {}
        self.failed = []

    def open(self, owner, initial=0.0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
            try:
                self.accounts[dst].deposit(amount)
            except LedgerError:
                self.accounts[src].deposit(amount)
                raise
        except KeyError as e:
            self.failed.append((src, dst, amount, f"unknown account {e}"))
            return False
        except LedgerError as e:
            self.failed.append((src, dst, amount, str(e)))
            return False
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob", 50)
carol = bank.open("carol")
print(bank.transfer(alice.id, bob.id, 30))
print(bank.transfer(bob.id, carol.id, 500))
print(bank.transfer(alice.id, 9999, 10))
carol.frozen = True
print(bank.transfer(bob.id, carol.id, 10))
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))
print(f"total {bank.total():.2f}")
for f in bank.failed:
    print("failed:", f)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(alice.history, bob.history, carol.history)
statement = "\n".join(f"{kind:>10} {amt:8.2f}" for kind, amt in alice.history)
print(statement)
