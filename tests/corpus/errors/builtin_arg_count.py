# TypeError from a builtin called with the wrong number of arguments
print(len([1, 2]))
print(len([1], [2]))
