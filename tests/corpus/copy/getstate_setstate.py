# __getstate__ and __setstate__ are honoured by copy and deepcopy
import copy
class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = "open socket"
    def __getstate__(self):
        print("__getstate__")
        st = self.__dict__.copy()
        del st["socket"]
        return st
    def __setstate__(self, st):
        print("__setstate__", sorted(st))
        self.__dict__.update(st)
        self.socket = "reconnected"
c = Conn("db")
c2 = copy.copy(c)
print(c2.host, c2.socket)
c3 = copy.deepcopy(c)
print(c3.host, c3.socket)
