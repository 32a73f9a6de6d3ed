import sys
class Fut:
    def __init__(self): self.v = None
    def __await__(self):
        r = yield self
        return r * 2

async def inner(x):
    v = await Fut()
    return v + x

async def outer():
    a = await inner(1)
    b = await inner(10)
    return a, b

c = outer()
print(c)
y = c.send(None)
print(type(y).__name__)
y = c.send(5)
print(type(y).__name__)
try:
    c.send(7)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def bad():
    await 3
try:
    bad().send(None)
except TypeError as e:
    print(e)

class CM:
    async def __aenter__(self):
        print("enter"); return self
    async def __aexit__(self, *a):
        print("exit", a[0]); return True

async def use():
    async with CM() as cm:
        print("body", type(cm).__name__)
        raise ValueError("x")
    return "after"
try:
    use().send(None)
except StopIteration as e:
    print(e.value)

class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def loop():
    out = []
    async for v in AIter():
        out.append(v)
    return out, [v async for v in AIter()]
try:
    loop().send(None)
except StopIteration as e:
    print(e.value)
