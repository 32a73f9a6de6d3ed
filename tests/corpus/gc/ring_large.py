# a ring of 1000 instances and a ring of 1000 lists
import gc
gc.collect()
class R:
    pass
first = R()
cur = first
for _ in range(999):
    nxt = R()
    cur.next = nxt
    cur = nxt
cur.next = first
del first, cur, nxt
print(gc.collect())
head = []
cur = head
for _ in range(999):
    new = [cur]
    cur = new
head.append(cur)
del head, cur, new
print(gc.collect())
