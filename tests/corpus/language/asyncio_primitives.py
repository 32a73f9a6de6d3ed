import asyncio

async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done after {delay}")
    return name.upper()

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(worker("a", 2), worker("b", 1), worker("c", 1))
    print(results, round(loop.time() - t0, 1))
    t = asyncio.create_task(worker("d", 0.5))
    print("created", t.done())
    await asyncio.sleep(0)
    print("after sleep0")
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(worker("slow", 5), timeout=1)
    except asyncio.TimeoutError:
        print("timed out", round(loop.time() - t0, 1))
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
            print("put", i)
            await asyncio.sleep(0.1)
        await q.put(None)
    async def consumer():
        while True:
            item = await q.get()
            if item is None:
                break
            print("got", item)
    await asyncio.gather(producer(), consumer())
    lock = asyncio.Lock()
    async def crit(n):
        async with lock:
            print("in", n)
            await asyncio.sleep(0.1)
            print("out", n)
    await asyncio.gather(*(crit(i) for i in range(3)))
    ev = asyncio.Event()
    async def waiter():
        print("waiting")
        await ev.wait()
        print("woke")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    ev.set()
    await w
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            print("enter", i)
            await asyncio.sleep(1)
            print("leave", i)
    await asyncio.gather(*[limited(i) for i in range(4)])
    async def boom():
        await asyncio.sleep(0.1)
        raise ValueError("boom")
    try:
        await asyncio.gather(boom(), worker("e", 0.25))
    except ValueError as e:
        print("caught", e)
    res = await asyncio.gather(boom(), worker("f", 0.1), return_exceptions=True)
    print(res)
    task = asyncio.create_task(worker("g", 10))
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    return "main done"

print(asyncio.run(main()))
