# A small class-heavy simulation: accounts, transactions, inheritance, properties.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        self._balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self._balance:
            return False
        self._balance -= amount
        self.history.append(-amount)
        return True


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.01):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        self.deposit(int(self.balance * self.rate))


class Bank:
    def __init__(self, n):
        self.accounts = [SavingsAccount(f"c{i}", 1000) if i % 2 else Account(f"c{i}", 1000) for i in range(n)]

    def transfer(self, a, b, amount):
        if self.accounts[a].withdraw(amount):
            self.accounts[b].deposit(amount)
            return True
        return False


bank = Bank(50)
seed = 12345
ok = 0
for step in range(200_000):
    seed = (seed * 1103515245 + 12345) % 2**31
    a, b = seed % 50, (seed >> 8) % 50
    ok += bank.transfer(a, b, seed % 300)
    if step % 5000 == 0:
        for acct in bank.accounts:
            if isinstance(acct, SavingsAccount):
                acct.add_interest()
total = sum(a.balance for a in bank.accounts)
print(ok, total, max(len(a.history) for a in bank.accounts))
