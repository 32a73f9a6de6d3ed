# freeing a 300,000-deep nested list (and 200,000-deep dicts) does not crash: the trashcan mechanism
x = None
for i in range(300000):
    x = [x]
print("built")
del x
print("freed")
d = None
for i in range(200000):
    d = {"next": d}
d = None
print("dicts freed")
