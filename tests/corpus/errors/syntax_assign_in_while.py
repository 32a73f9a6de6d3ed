# SyntaxError: assignment used as a condition in while
n = 3
while n = 0:
    n -= 1
