# an object pool hands out and takes back objects: refcounts show who holds them
import sys
class Conn:
    count = 0
    def __init__(self):
        Conn.count += 1
        self.id = Conn.count
class Pool:
    def __init__(self, n):
        self.free = [Conn() for _ in range(n)]
    def acquire(self):
        return self.free.pop()
    def release(self, c):
        self.free.append(c)
pool = Pool(2)
c = pool.acquire()
print(c.id, sys.getrefcount(c), len(pool.free))
pool.release(c)
print(sys.getrefcount(c), len(pool.free))
del c
print(sys.getrefcount(pool.free[-1]))
