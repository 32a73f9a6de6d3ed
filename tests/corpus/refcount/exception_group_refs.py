# reference counts of the members of an exception group, its split parts, and the handler's view
import sys
v = ValueError("v")
t = TypeError("t")
print(sys.getrefcount(v), sys.getrefcount(t))
eg = ExceptionGroup("g", [v, t])
print(sys.getrefcount(v), sys.getrefcount(t), sys.getrefcount(eg))
m, r = eg.split(ValueError)
print(sys.getrefcount(v), sys.getrefcount(t), sys.getrefcount(m), sys.getrefcount(r))
print(m.exceptions[0] is v, r.exceptions[0] is t, m.__traceback__ is eg.__traceback__)
del m, r
print(sys.getrefcount(v), sys.getrefcount(t))
try:
    raise eg
except* ValueError as caught:
    print("in handler", sys.getrefcount(caught), sys.getrefcount(v), caught is eg)
except* TypeError as caught:
    print("second", sys.getrefcount(caught), sys.getrefcount(t))
print(sys.getrefcount(eg), sys.getrefcount(v))
import gc
del eg
print(gc.collect(), sys.getrefcount(v), sys.getrefcount(t))
