# NameError with a "Did you mean" suggestion for a misspelled variable
counter = 10
print("ok")
print(countr)
