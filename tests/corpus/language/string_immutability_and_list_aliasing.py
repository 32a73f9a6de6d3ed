# strings cannot be changed in place; lists passed to functions can
def shout(s):
    s += "!"
    return s
def add_item(lst):
    lst += ["new"]
name = "hi"
print(shout(name), name)
items = ["old"]
add_item(items)
print(items)
try:
    name[0] = "H"
except TypeError as e:
    print("TypeError:", e)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
