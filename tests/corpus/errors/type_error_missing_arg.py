# TypeError for a missing required positional argument of a method
class Account:
    def deposit(self, amount, note):
        return amount
acct = Account()
acct.deposit(5)
