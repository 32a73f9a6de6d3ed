import sys
async def f():
    return 1
class K:
    async def m(self): pass
print(f())
for i in range(3):
    f()
K().m()
c = f()
print(type(c), type(c).__name__, c.__qualname__, c.cr_running, c.cr_await)
c.close()
def g():
    f()
g()
d = f()
print("end")
