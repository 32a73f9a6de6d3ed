from typing import List, Dict, Optional, Union, Any, Callable, Tuple, Set, TypeVar, Generic, NamedTuple, TypedDict, Iterable, Iterator
print(List[int], Dict[str, int], Optional[str], Union[int, str], Any, Callable[[int], str], Tuple[int, ...], Set[str])
T = TypeVar('T')
print(T, List[T], Optional[List[int]])
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int](); s.push(1); print(s.items, Stack[int])
def f(x: List[int], y: Optional[Dict[str, Any]] = None) -> Tuple[int, str]: return (1, 'a')
print(f.__annotations__)
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P._fields, P(1, 2)._asdict())
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {'title': 'x', 'year': 1}; print(m, Movie.__annotations__)
from typing import get_type_hints, cast, TYPE_CHECKING, Protocol, Literal, Final, ClassVar
print(cast(int, '3'), TYPE_CHECKING, Literal['a', 'b'], ClassVar[int], get_type_hints(f))
class Greeter(Protocol):
    def greet(self) -> str: ...
print(Union[int, None] == Optional[int], List[int] == List[int])
