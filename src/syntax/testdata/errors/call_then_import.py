print(1) import x
