# asyncio.TaskGroup collects failures in an ExceptionGroup that except* takes apart
import asyncio
async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n
async def bad(n):
    await asyncio.sleep(0.01)
    raise ValueError(f"bad {n}")
async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(1))
        b = tg.create_task(ok(2))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
            tg.create_task(ok(5))
    except* ValueError as eg:
        print("caught", sorted(str(e) for e in eg.exceptions))
asyncio.run(main())
