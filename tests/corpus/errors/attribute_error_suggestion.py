# AttributeError with a suggestion for a misspelled method
items = [1, 2, 3]
items.apend(4)
