# what print and sys.stdout.write leave behind when stdout is a pipe: the TextIOWrapper keeps
# ASCII strs themselves (non-ASCII text as bytes) in a pending list until 8192 bytes wait;
# print packs its arguments in a tuple; the first container repr makes the thread state's dict
import gc
import sys
g = gc.get_count
gc.collect()
r = [g()[0]]
s = "abc" + str(1)
t = "\xe9t\xe9" + str(1)
r.append(sys.getrefcount(s))
print(s)
r.append(sys.getrefcount(s))
print(s, s, sep=s)
r.append(sys.getrefcount(s))
print(t)
r.append(sys.getrefcount(t))
r.append(g()[0])
repr((1, 2)); r.append(g()[0])
repr([1]); r.append(g()[0])
repr({}); r.append(g()[0])
repr({1}); r.append(g()[0])
sys.stdout.write("x" * 9000)
r.append(sys.getrefcount(s))
sys.stdout.write(s)
sys.stdout.write(s)
r.append(sys.getrefcount(s))
sys.stdout.flush()
r.append(sys.getrefcount(s))
print()
print(r)
gc.collect()
a = g()[0]
print(end="")
b = g()[0]
print("z")
c = g()[0]
print(a, b, c)
print(s, end="", file=sys.stderr)
e1 = sys.getrefcount(s)
print(file=sys.stderr)
e2 = sys.getrefcount(s)
print(e1, e2)
