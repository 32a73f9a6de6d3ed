# SyntaxError: cannot assign to literal / maybe you meant '==' in an if
x = 5
if x = 5:
    print("five")
