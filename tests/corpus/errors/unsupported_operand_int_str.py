# TypeError: unsupported operand type(s) for +: 'int' and 'str'
age = 30
suffix = " years"
print(age + suffix)
