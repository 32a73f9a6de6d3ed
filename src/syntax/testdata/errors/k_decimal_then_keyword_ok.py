x = [1for x in y]
z = 1 if 1or 0 else 2
