# An uncaught user exception whose __init__ builds the message.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available

    def __str__(self):
        return "need " + str(self.needed) + ", have " + str(self.available)


def withdraw(amount, balance):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount


print(withdraw(5, 10))
try:
    withdraw(50, 10)
except InsufficientFunds as e:
    print(e, e.args, repr(e))
withdraw(100, 1)
