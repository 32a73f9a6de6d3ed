x = (match 1)
