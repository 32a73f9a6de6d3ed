# TypeError: object is not callable (a shadowed builtin)
list = [1, 2, 3]
print(list)
copy = list(range(3))
