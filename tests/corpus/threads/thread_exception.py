# an exception in a thread is reported on stderr; the main thread carries on
import threading
def bad():
    raise ValueError("thread failed")
t = threading.Thread(target=bad, name="bad-thread")
t.start()
t.join()
print("main continues", t.is_alive())
