# freeing a 100,000-deep nested list (and 50,000-deep dicts) does not crash: the trashcan mechanism
x = None
for i in range(100000):
    x = [x]
print("built")
del x
print("freed")
d = None
for i in range(50000):
    d = {"next": d}
d = None
print("dicts freed")
