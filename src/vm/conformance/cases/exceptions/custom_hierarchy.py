class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.shortfall = needed - available
class AccountLocked(BankError):
    pass
def withdraw(balance, amount, locked=False):
    if locked:
        raise AccountLocked("account is locked")
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
for args in [(100, 30), (10, 50), (10, 5, True)]:
    try:
        print("new balance", withdraw(*args))
    except InsufficientFunds as e:
        print("insufficient:", e, "short by", e.shortfall)
    except BankError as e:
        print(type(e).__name__, e)
