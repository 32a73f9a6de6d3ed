# Tasks interleave at each await; exceptions raised inside tasks surface where they are awaited.
import asyncio

log = []

async def step(name, n, delay):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(delay)
    return f"{name} finished"

async def fails(after):
    await asyncio.sleep(after)
    raise KeyError(f"failed after {after}")

async def main():
    t1 = asyncio.create_task(step("a", 3, 0.3))
    t2 = asyncio.create_task(step("b", 2, 0.5))
    print(t1.get_name(), t2.get_name(), t1.done())
    print(await t1, await t2)
    print(log)
    bad = asyncio.create_task(fails(0.1))
    try:
        await bad
    except KeyError as e:
        print("caught from task:", repr(e), bad.done(), type(bad.exception()).__name__)
    try:
        await asyncio.gather(fails(0.2), step("c", 1, 0.1))
    except KeyError as e:
        print("gather raised", e)
    results = await asyncio.gather(fails(0.3), step("d", 1, 0.1), return_exceptions=True)
    print([type(r).__name__ for r in results])
    # A task that is never awaited still runs when the loop gets control.
    asyncio.create_task(step("e", 2, 0.01))
    await asyncio.sleep(0.1)
    print(log[-2:])
    # Cancellation reaches the coroutine as CancelledError at its await.
    async def cleanup_on_cancel():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cleaning up")
            raise
    t = asyncio.create_task(cleanup_on_cancel())
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(step("f", 1, 0.5)),
                                        asyncio.create_task(step("g", 1, 2))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    for p in pending:
        p.cancel()
    for coro in asyncio.as_completed([step("h", 1, 0.3), step("i", 1, 0.1)]):
        print("as completed:", await coro)
    async with asyncio.TaskGroup() as tg:
        x = tg.create_task(step("j", 1, 0.1))
        y = tg.create_task(step("k", 1, 0.2))
    print(x.result(), y.result())
    return "ok"

print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()))
