# markers under a call whose argument expression fails
def show(x, y):
    print(x, y)
data = {"a": 1}
show(data["a"], data["b"])
