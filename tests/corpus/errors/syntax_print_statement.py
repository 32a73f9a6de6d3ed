# SyntaxError for Python 2 print: Missing parentheses in call to 'print'
name = 'x'
print "hello", name
