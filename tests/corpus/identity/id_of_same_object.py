# id() equality of aliases, containers and after mutation
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c))
a.append(3)
print(id(a) == id(b), b)
a = a + [4]
print(id(a) == id(b), a, b)
d = {"k": b}
print(id(d["k"]) == id(b))
