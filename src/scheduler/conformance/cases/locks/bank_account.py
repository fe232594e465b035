import threading

class BankAccount:
    def __init__(self, balance=0):
        self.balance = balance
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False

acct = BankAccount(1000)
ok = []

def spender():
    for _ in range(100):
        ok.append(acct.withdraw(7))

def earner():
    for _ in range(100):
        acct.deposit(3)

ts = [threading.Thread(target=spender) for _ in range(2)] + [threading.Thread(target=earner) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(acct.balance + 7 * ok.count(True) == 1000 + 600)
print(len(ok))
