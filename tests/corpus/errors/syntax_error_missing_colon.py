# SyntaxError: expected ':' (the program prints nothing)
print("not printed")
def f()
    return 1
