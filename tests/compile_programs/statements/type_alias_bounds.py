type A[T: int] = dict[str, T]
type B[*Ts] = tuple[*Ts]
type C[**P] = P
