# values computed at run time are fresh objects even when equal to constants
x = 2.5
y = float("2.5")
print(x == y, x is y)
t = (1, 2)
u = tuple([1, 2])
print(t == u, t is u)
s = "hello world"
r = " ".join(["hello", "world"])
print(s == r, s is r)
n = 10 ** 20
m = int("1" + "0" * 20)
print(n == m, n is m)
