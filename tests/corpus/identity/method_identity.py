# bound methods are created on each attribute access; functions and staticmethods are not
class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def k(cls):
        pass
c = C()
print(c.m is c.m, c.m == c.m, C.m is C.m, c.s is C.s, c.k is c.k, c.k == C.k)
print(c.m.__func__ is C.m, c.m.__self__ is c)
print([].append is [].append, len.__self__.__name__)
