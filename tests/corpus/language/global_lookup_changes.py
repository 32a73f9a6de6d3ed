# A global read in a loop while globals and builtins change underneath it: every read must see
# the current binding (shadowing a builtin, deleting the shadow, rebinding, changing builtins).
import builtins

original_len = builtins.len


def read_len():
    return len("abc")


def read_x():
    return x


out = []
for step in range(8):
    if step == 1:
        len = lambda s: 100
    if step == 2:
        del len
    if step == 3:
        builtins.len = lambda s: -1
    if step == 4:
        builtins.len = original_len
    if step == 5:
        globals()["len"] = lambda s: 55
    if step == 6:
        globals().pop("len")
    out.append(read_len())
print(out)

try:
    read_x()
except NameError as e:
    print("NameError:", e)
x = 1
print(read_x())
x = 2
print(read_x())
globals()["x"] = 3
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)


def counter():
    total = 0
    for i in range(5):
        total += step_size
    return total


step_size = 1
print(counter())
step_size = 10
print(counter())
g = {"__builtins__": builtins, "step_size": 7}
exec("def f():\n    return step_size\n", g)
print(g["f"](), counter())
g["step_size"] = 8
print(g["f"]())
