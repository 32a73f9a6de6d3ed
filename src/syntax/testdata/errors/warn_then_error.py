x = 1if x
y = (1 2)
