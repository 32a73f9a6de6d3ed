u = int | str
print(u, type(u), int | None, None | int, int | int, list[int] | None, u == (str | int), isinstance(3, u), isinstance(3.0, int | str))
def f(x: int | None = None) -> list[str] | None: pass
print(f.__annotations__)
class A: pass
print(A | None, hash(int | str) == hash(str | int))
try: 1 | int
except TypeError as e: print(e)
try: int | 1
except TypeError as e: print(e)
