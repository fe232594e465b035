from typing import List, Dict, Optional, Union, Tuple, Callable, Any, Iterable, TypeVar, NamedTuple
T = TypeVar("T")
def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None
def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]
class Pair(NamedTuple):
    left: int
    right: str = "r"
lookup: Dict[str, Union[int, str]] = {"a": 1, "b": "two"}
print(first([3, 4]), first([]), apply(lambda x: x + 1, (1, 2)), lookup)
print(Pair(1), Pair(2, "x")._asdict(), Pair.__annotations__)
print(first.__annotations__["return"], Tuple[int, ...], Any)
