x = list[int]
print(x, dict[str, list[int]], tuple[int, ...], type(x), x.__origin__, x.__args__)
print(list[int]([1,2]), x == list[int])
def f(a: list[int], b: dict[str, int] = None) -> set[str]: pass
print(f.__annotations__)
try: isinstance([], list[int])
except TypeError as e: print(e)
print(type[int])
def f(a: int, b: "x" = 1) -> str: pass
print(f.__annotations__)
class C:
    x: int
    y: str = 'a'
print(C.__annotations__)
class M(type):
    def __instancecheck__(cls, o): print("ic"); return True
    def __subclasscheck__(cls, o): print("sc"); return True
class A(metaclass=M): pass
print(isinstance(1, A), issubclass(int, A))
