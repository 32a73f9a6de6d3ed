x = [0x1for x in y]
z = 1if 1else 2
