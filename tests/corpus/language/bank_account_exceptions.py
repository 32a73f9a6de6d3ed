# a bank account with custom exceptions, properties and a transaction log
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.log = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.log.append(("withdraw", amount))
acct = Account("ann", 100)
acct.deposit(50)
for amt in (30, 500, -1):
    try:
        if amt < 0:
            acct.deposit(amt)
        else:
            acct.withdraw(amt)
    except InsufficientFunds as e:
        print("refused:", e, e.needed)
    except ValueError as e:
        print("invalid:", e)
print(acct.balance, acct.log)
