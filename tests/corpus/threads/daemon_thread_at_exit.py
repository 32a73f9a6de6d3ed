# a daemon thread still blocked at exit does not keep the program alive
import threading
never = threading.Event()
t = threading.Thread(target=never.wait, daemon=True)
t.start()
print("daemon started", t.daemon, t.is_alive())
print("main exits")
