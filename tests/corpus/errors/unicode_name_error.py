# NameError with a suggestion for a misspelled Cyrillic name
значение = 10
print(значени)
