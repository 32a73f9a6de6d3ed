# two classic gotchas: mutable default arguments and closures over loop variables
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2))
funcs = []
for i in range(3):
    funcs.append(lambda: i * 10)
print([f() for f in funcs])
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])
