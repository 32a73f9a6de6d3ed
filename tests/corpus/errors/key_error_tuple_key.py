# KeyError whose key is a tuple: the message shows the tuple
grid = {(0, 0): "origin"}
print(grid[(1, 2)])
