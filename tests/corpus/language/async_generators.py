import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i
    print("ticker exhausted")

async def countdown(n):
    while n > 0:
        yield n
        n -= 1

async def main():
    async for t in ticker(3, 0.1):
        print("tick", t)
    print([x async for x in countdown(4)])
    agen = countdown(2)
    print(type(agen).__name__, agen.__aiter__() is agen)
    print(await agen.__anext__(), await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    async for v in countdown(10):
        if v < 8:
            break
        print("v", v)

asyncio.run(main())
