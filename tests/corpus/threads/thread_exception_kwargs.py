# an exception in a thread started with kwargs: the traceback, then the main thread goes on
import threading
def divide(a, b=1):
    return a / b
t = threading.Thread(target=divide, args=(1,), kwargs={"b": 0}, name="divider")
t.start()
t.join()
print("alive:", t.is_alive(), threading.active_count())
