f = lambda[T] x: x
