import asyncio

async def inner(x):
    await asyncio.sleep(0)
    return x * 2

async def outer(items):
    total = 0
    for i in items:
        total += await inner(i)
    async with asyncio.Lock() as lock:
        total += 1
    async with A(), B() as b:
        pass
    async for v in agen():
        if v:
            break
        total += v
    else:
        total = 0
    results = [await inner(i) for i in items]
    asyncs = [v async for v in agen() if v]
    gen = (await inner(i) for i in items)
    return total, results, asyncs, gen

async def ret_in_with(cm):
    async with cm:
        return 1

async def main():
    r = await asyncio.gather(*[inner(i) for i in range(3)])
    print(r)

asyncio.run(main())
