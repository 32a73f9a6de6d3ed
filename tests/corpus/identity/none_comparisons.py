# is None vs == None with a class whose __eq__ claims equality
class Weird:
    def __eq__(self, other):
        return True
w = Weird()
print(w == None, w is None, None == w, None is w)
x = None
print(x is None, x == None, x is not None, not x)
