# Functions of C extension modules (deque, itertools, heapq, bisect) leave no frames in
# tracebacks; a Python callback they call does.
import heapq
import itertools
from collections import deque


def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
        tb = e.__traceback__
        while tb is not None:
            print("  ", tb.tb_frame.f_code.co_name, tb.tb_lineno)
            tb = tb.tb_next


show(lambda: deque().pop())
show(lambda: deque([1], maxlen=-1))
show(lambda: heapq.heappush([1], "x"))
show(lambda: next(itertools.islice([1], -1)))


def boom(a, b):
    return a / b


show(lambda: list(itertools.starmap(boom, [(1, 1), (1, 0)])))


class Bad:
    def __lt__(self, other):
        raise ValueError("no order")


show(lambda: heapq.heappush([Bad()], Bad()))
print(list(itertools.accumulate([1, 2, 3])))
deque().popleft()
