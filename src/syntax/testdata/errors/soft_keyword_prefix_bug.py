f(c b)
x = (ca 1)
