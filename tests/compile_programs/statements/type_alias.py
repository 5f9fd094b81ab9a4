type Point = tuple[float, float]
type Alias[T] = list[T]
