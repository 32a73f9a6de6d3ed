class D(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases): return D()
    def __iter__(cls): return iter([1, 2])
class A(metaclass=M):
    x = 1
    y = x
a, b = A
print(a, b, list(A))
