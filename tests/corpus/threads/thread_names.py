# default and explicit thread names, current_thread, main_thread
import threading
def f():
    pass
t1 = threading.Thread(target=f)
t2 = threading.Thread(target=f, name="worker")
t3 = threading.Thread(target=lambda: None)
print(t1.name, t2.name, t3.name)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
def show():
    print("inside", threading.current_thread().name)
t4 = threading.Thread(target=show, name="shower")
t4.start()
t4.join()
print(t1.daemon, threading.Thread(target=f, daemon=True).daemon)
