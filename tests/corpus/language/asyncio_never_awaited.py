# Forgetting `await` is the classic asyncio bug: the coroutine object is created and dropped.
import asyncio

async def greet(name):
    print("hello", name)
    await asyncio.sleep(0.1)

async def main():
    greet("never printed")
    asyncio.sleep(1)
    await greet("awaited")
    coro = greet("kept")
    print(type(coro).__name__, coro.__name__)
    await coro
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
print("done")
