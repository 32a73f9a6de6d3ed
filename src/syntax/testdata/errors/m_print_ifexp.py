print(x if x)
