f(a // not b)
