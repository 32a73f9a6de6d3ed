# threading.excepthook receives uncaught exceptions from threads
import threading
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def bad():
    raise KeyError("lost")
t = threading.Thread(target=bad, name="t-bad")
t.start()
t.join()
print(seen)
