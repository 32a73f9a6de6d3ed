# SyntaxError for `else if` written instead of elif
x = 3
if x > 5:
    print('big')
else if x > 1:
    print('medium')
