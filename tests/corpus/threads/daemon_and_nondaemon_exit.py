# at exit the interpreter waits for non-daemon threads but not for daemon ones
import threading, time
def slow(tag, delay=0.05):
    time.sleep(delay)
    print("finished", tag)
threading.Thread(target=slow, args=("worker",)).start()
threading.Thread(target=slow, args=("daemon", 0.5), daemon=True).start()
d = threading.Thread(target=threading.Event().wait, daemon=True)
d.start()
print("main done", threading.active_count())
