# AttributeError on an int with a suggestion
n = 5
print(n.real)
print(n.bit_lenght())
