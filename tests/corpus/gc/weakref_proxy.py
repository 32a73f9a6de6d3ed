# weakref.proxy forwards attribute access and raises ReferenceError once dead
import weakref
class Conn:
    def __init__(self):
        self.host = "db"
    def ping(self):
        return "pong"
c = Conn()
p = weakref.proxy(c)
print(p.host, p.ping(), type(p).__name__)
p.host = "other"
print(c.host)
del c
try:
    p.host
except ReferenceError as e:
    print("ReferenceError:", e)
