# containers compare items by identity first, then ==
class Loud:
    def __eq__(self, o):
        print("__eq__")
        return True
x = Loud()
print([x] == [x])
print([x] == [Loud()])
print(x in [x])
print(x in [1])
print((x, 1) == (x, 1))
print({"k": x} == {"k": x})
