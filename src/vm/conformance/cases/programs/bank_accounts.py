class InsufficientFunds(Exception):
    pass


class Account:
    interest = 0.0
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.transactions = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.transactions.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance}, requested {amount}")
        self.balance -= amount
        self.transactions.append(("withdraw", amount))

    def month_end(self):
        gained = round(self.balance * self.interest, 2)
        self.balance = round(self.balance + gained, 2)
        return gained

    def __str__(self):
        return f"#{self.id} {type(self).__name__:<8} {self.owner:<6} {self.balance:>10.2f}"


class Savings(Account):
    interest = 0.02

    def withdraw(self, amount):
        if len([t for t in self.transactions if t[0] == "withdraw"]) >= 2:
            raise InsufficientFunds("savings: withdrawal limit reached")
        super().withdraw(amount)


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)


alice = Account("alice", 500)
bob = Savings("bob", 1200)
carol = Savings("carol")
ops = [(alice, bob, 200), (bob, carol, 300), (bob, alice, 50), (bob, alice, 10), (carol, alice, 1000)]
for src, dst, amount in ops:
    try:
        transfer(src, dst, amount)
        print(f"moved {amount} from {src.owner} to {dst.owner}")
    except InsufficientFunds as e:
        print("failed:", e)
for month in range(1, 4):
    earned = sum(acct.month_end() for acct in (alice, bob, carol))
    print(f"month {month}: interest paid {earned:.2f}")
for acct in (alice, bob, carol):
    print(acct)
