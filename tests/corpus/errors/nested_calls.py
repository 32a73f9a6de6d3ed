# traceback through three nested calls, each with its own marker line
def inner(x):
    return x["missing"]
def middle(d):
    value = inner(d) + 1
    return value
def outer():
    return middle({"present": 1})
print("start")
outer()
