# an id can be reused after the object dies; live objects never share an id
a = [1]
ida = id(a)
del a
b = [2]
print(type(ida).__name__)
x = object()
y = object()
print(id(x) == id(y), id(x) != id(y))
ids = {id(o) for o in [x, y, [], {}]}
print(len(ids))
print(id(x) == id(x))
