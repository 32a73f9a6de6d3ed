# references a Thread holds to its target, args and kwargs, while it runs and after
import sys, threading
target_arg = object()
kw = {"k": [1]}
ready = threading.Event()
go = threading.Event()
def f(a, k):
    ready.set()
    go.wait()
before = sys.getrefcount(target_arg), sys.getrefcount(f), sys.getrefcount(kw["k"])
t = threading.Thread(target=f, args=(target_arg,), kwargs=kw)
t.start()
ready.wait()
during = sys.getrefcount(target_arg), sys.getrefcount(f), sys.getrefcount(kw["k"])
go.set()
t.join()
after = sys.getrefcount(target_arg), sys.getrefcount(f), sys.getrefcount(kw["k"])
print([d - b for d, b in zip(during, before)], [a - b for a, b in zip(after, before)])
