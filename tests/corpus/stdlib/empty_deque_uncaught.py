# An uncaught error raised inside a C-implemented method: the traceback shows only the
# program's own frames.
from collections import deque

tasks = deque(['a'])
print(tasks.popleft())
print(tasks.popleft())
