# the seed's Connection: a lambda closing over the connection, explicit breaking in __exit__
import gc
gc.collect()
class Connection:
    def __init__(self):
        self.callbacks = []
    def add_callback(self, cb):
        self.callbacks.append(cb)
    def close(self):
        self.callbacks.clear()
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.close()
    def __del__(self):
        print("Connection freed")
with Connection() as conn:
    conn.add_callback(lambda: print(conn))
print(len(conn.callbacks))
del conn
print("collected", gc.collect())
c2 = Connection()
c2.add_callback(lambda: c2)
c2.add_callback(c2.close)
del c2
print("collected", gc.collect())
