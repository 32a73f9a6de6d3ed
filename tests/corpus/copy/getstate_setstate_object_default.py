# copy of instances with __getstate__/__setstate__, and 3.11's object.__getstate__
import copy
class Conn:
    def __init__(self, host):
        self.host = host
        self.sock = object()
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["sock"]
        return state
    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)
        self.sock = "reopened"
c = Conn("db")
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.host, c2.sock, c3.sock, c2.__dict__ is c.__dict__)
class Plain:
    pass
p = Plain()
print(p.__getstate__())
p.a = [1]
print(p.__getstate__(), p.__getstate__() is p.__dict__)
class Falsy:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {}
    def __setstate__(self, state):
        print("never called for a false state?", state)
f2 = copy.copy(Falsy())
print(hasattr(f2, "v"))
class Tup:
    def __getstate__(self):
        return (1, 2)
    def __setstate__(self, state):
        self.got = state
print(copy.deepcopy(Tup()).got)
print(Plain.__reduce_ex__(p, 4)[0].__name__, Plain.__reduce_ex__(p, 4)[1], Plain.__reduce_ex__(p, 4)[2] is p.__dict__)
