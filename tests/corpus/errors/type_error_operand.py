# TypeError: unsupported operand type(s) with markers under the operator
count = 5
label = "items: "
print(label + count)
