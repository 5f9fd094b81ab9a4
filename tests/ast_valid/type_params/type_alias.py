type Point = tuple[float, float]
type Tree[T] = T | list[Tree[T]]
type Alias[T, *Ts, **P = [int]] = Callable[P, T]
