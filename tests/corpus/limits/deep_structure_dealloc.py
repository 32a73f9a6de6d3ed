# freeing a million-deep nested list does not crash (the trashcan mechanism)
x = None
for i in range(1000000):
    x = [x]
print("built")
del x
print("freed")
d = None
for i in range(200000):
    d = {"next": d}
d = None
print("dicts freed")
