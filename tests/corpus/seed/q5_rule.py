# seed Q5 rule block, verbatim (a and b are undefined: NameError)
a is b  # True если id(a) == id(b)
a == b  # True если a.__eq__(b) возвращает True
