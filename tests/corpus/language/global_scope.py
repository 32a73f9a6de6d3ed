# global statement, UnboundLocalError and shadowing
total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
print(total)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def broken():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
broken()
def make_global():
    global created
    created = "yes"
make_global()
print(created)
