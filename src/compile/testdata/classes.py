class A:
    "doc"
    x = 1
    def m(self):
        return self.x

class B(A, metaclass=M):
    def m(self):
        return super().m()
    def __private(self):
        self.__y = 1

class C(*bases, **kw):
    y: int = 2
    z: str

@dec
class D:
    pass
