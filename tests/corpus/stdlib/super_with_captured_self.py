# Zero-argument super() when the first argument is also a closure cell (CO_FAST_CELL).
class A:
    def f(self):
        return 'A'

    def __init_subclass__(cls, **kwargs):
        print('A.__init_subclass__', cls.__name__, kwargs)


class B(A):
    def f(self):
        g = lambda: self
        return super().f() + 'B' + type(g()).__name__

    def __init_subclass__(cls, **kwargs):
        hook = lambda: cls
        super().__init_subclass__(**kwargs)
        print('B hook', hook().__name__)


class C(B, flag=True):
    pass


print(B().f(), C().f())
