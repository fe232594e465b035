class Account:
    def __init__(self):
        self.balance = 100
    def deposit(self, amount):
        self.balance += amount
acct = Account()
acct.deposit(5)
acct.withdraw(10)
