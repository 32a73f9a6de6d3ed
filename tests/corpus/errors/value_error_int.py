# ValueError from int() of an invalid literal
text = "12a"
print(int("12"))
print(int(text))
