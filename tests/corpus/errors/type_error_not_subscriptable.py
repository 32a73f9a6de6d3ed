# TypeError: object is not subscriptable
value = 42
print(value[0])
