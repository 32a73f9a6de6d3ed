# NameError when deleting a name that does not exist
x = 1
del x
del x
