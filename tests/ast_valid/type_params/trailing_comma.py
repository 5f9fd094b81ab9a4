def f[T,](): pass
class C[T, U,]: pass
type A[T,] = T
