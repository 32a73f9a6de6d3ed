# A traceback through __init__, a property getter and a method call.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.check()

    def check(self):
        if self.balance < 0:
            raise ValueError("negative balance for " + self.owner)

    @property
    def rating(self):
        return 100 // self.balance


ok = Account("ann", 10)
print(ok.rating)
try:
    Account("bob", -5)
except ValueError as e:
    print("ValueError:", e)
empty = Account("cy", 0)
print(empty.rating)
