# threading.Timer runs a function once after a delay; cancel prevents it
import threading
fired = []
t = threading.Timer(0.01, lambda: fired.append("fired"))
t.start()
t.join()
c = threading.Timer(10, lambda: fired.append("cancelled?"))
c.start()
c.cancel()
c.join()
print(fired)
