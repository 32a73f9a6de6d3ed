# caret markers for an error in an expression spanning several lines
def compute(a, b, c):
    return (a * 2 +
            b / c)
print(compute(1, 2, 0))
