# getweakrefcount and getweakrefs as refs and proxies come and go
import weakref
class T:
    pass
t = T()
print(weakref.getweakrefcount(t), weakref.getweakrefs(t))
r = weakref.ref(t)
p = weakref.proxy(t)
cb = weakref.ref(t, print)
print(weakref.getweakrefcount(t), len(weakref.getweakrefs(t)))
del cb
print(weakref.getweakrefcount(t))
del r, p
print(weakref.getweakrefcount(t))
