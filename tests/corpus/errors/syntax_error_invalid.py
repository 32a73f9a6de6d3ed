# SyntaxError: invalid syntax for a stray token
x = 1 +* 2
