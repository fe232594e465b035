import threading

class BankAccount:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def withdraw(self, amount):
        with self.lock:  # Only one thread at a time
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

account = BankAccount(1000)

def make_transactions():
    for _ in range(100):
        account.deposit(10)
        account.withdraw(10)

threads = [threading.Thread(target=make_transactions) for _ in range(10)]
for t in threads: t.start()
for t in threads: t.join()

print(f"Final balance: {account.balance}")  # Always 1000
