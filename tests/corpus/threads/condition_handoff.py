# Condition variable hand-off between two threads alternating strictly
import threading
cond = threading.Condition()
turn = ["ping"]
log = []
def player(me, other, n):
    for _ in range(n):
        with cond:
            while turn[0] != me:
                cond.wait()
            log.append(me)
            turn[0] = other
            cond.notify_all()
a = threading.Thread(target=player, args=("ping", "pong", 5))
b = threading.Thread(target=player, args=("pong", "ping", 5))
a.start()
b.start()
a.join()
b.join()
print(log)
