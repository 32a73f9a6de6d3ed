# SyntaxError: '[' was never closed, reported at the opening bracket several lines up
data = [
    1,
    2,
print(data)
