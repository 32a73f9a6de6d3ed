# module-level constants in __main__ count co_consts, the global, the argument and the AST arena
import sys
t = (1, 2)
s = "hello_world"
x = 1000
big = 10 ** 20
f = 1.5
print(sys.getrefcount(t))
print(sys.getrefcount(s))
print(sys.getrefcount(x))
print(sys.getrefcount(big))
print(sys.getrefcount(f))
y = x
print(sys.getrefcount(x))
