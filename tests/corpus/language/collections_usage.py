# collections: Counter, defaultdict, deque, OrderedDict
import collections
c = collections.Counter("mississippi")
print(c, c.most_common(2), c["s"], c["z"])
dd = collections.defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd))
dq = collections.deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(4)
dq.rotate(1)
print(dq, dq.popleft(), dq.pop(), list(dq))
od = collections.OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od))
