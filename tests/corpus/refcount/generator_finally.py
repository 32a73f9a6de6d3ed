# closing or dropping a suspended generator runs its finally block
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
g = gen("closed")
print(next(g))
g.close()
print("after close")
g = gen("dropped")
print(next(g))
g = None
print("after drop")
for v in gen("exhausted"):
    print("got", v)
print("end")
