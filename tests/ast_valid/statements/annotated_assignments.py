x: int
y: int = 1
(z): int = 2
a.b: str
c[0]: float = 1.0
d: list[int] = []
e: 'Fwd'
